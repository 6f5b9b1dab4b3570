import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLINIC_PROFILE, type ClinicProfile } from '../../src/shared/domain/clinic-profile';
import { clinicSettings } from '../../src/main/db/schema';
import { opaqueLogo } from '../../src/main/services/opaque-logo';
import { sampleLogoPng } from '../support/png';
import { testAppForEachTest } from '../support/test-app';

const app = testAppForEachTest();
const sender = { url: 'file:///app/index.html', mainFrame: true };

const pngLogo = `data:image/png;base64,${sampleLogoPng(60, 30).toString('base64')}`;

const harbour: ClinicProfile = {
  name: 'Harbour Run Physio',
  address: '12 Wharf Street\nPort Lane 3021',
  phone: '+61 3 9000 1234',
  email: 'reception@harbourrun.example',
  website: 'www.harbourrun.example',
  paperSize: 'LETTER',
  logo: pngLogo,
};

describe('the clinic’s details for handouts', () => {
  it('are the app’s defaults before anything is saved', async () => {
    expect(await app.router(sender, 'settings.getClinic', {})).toEqual({
      ok: true,
      value: DEFAULT_CLINIC_PROFILE,
    });
  });

  it('are saved with a PNG logo and read back after reopening the database', async () => {
    const saved = await app.router(sender, 'settings.updateClinic', {
      profile: { ...harbour, name: '  Harbour Run Physio  ' },
    });
    expect(saved).toEqual({
      ok: true,
      value: { ...harbour, logo: expect.stringMatching(/^data:image\/png;base64,/) },
    });
    const stored = saved.ok ? (saved.value as ClinicProfile) : harbour;

    await app.reopen();
    expect(await app.router(sender, 'settings.getClinic', {})).toEqual({
      ok: true,
      value: stored,
    });

    // Removing the logo and leaving optional fields out stores their defaults.
    await app.router(sender, 'settings.updateClinic', {
      profile: { name: 'Harbour Run Physio', logo: null },
    });
    expect(app.services.settings.clinic()).toEqual({
      ...DEFAULT_CLINIC_PROFILE,
      name: 'Harbour Run Physio',
    });
  });

  it('lays a transparent PNG logo on white, so handouts embed it without decoding it', async () => {
    const saved = app.services.settings.updateClinic(harbour);
    const bytes = Buffer.from(saved.logo!.slice(saved.logo!.indexOf(',') + 1), 'base64');
    expect(bytes[25]).toBe(2); // IHDR colour type: RGB, no alpha
    const image = PNG.sync.read(bytes);
    expect([image.width, image.height]).toEqual([60, 30]);
    const pixel = (x: number, y: number) => [
      ...image.data.subarray((y * 60 + x) * 4, (y * 60 + x) * 4 + 3),
    ];
    expect(pixel(0, 0)).toEqual([255, 255, 255]); // transparent corner, now white
    expect(pixel(15, 15)).toEqual([18, 148, 144]); // the teal disc, unchanged

    // An opaque logo, and a JPEG, are kept exactly as given.
    const jpeg =
      'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==';
    expect(app.services.settings.updateClinic({ ...harbour, logo: jpeg }).logo).toBe(jpeg);
    expect(app.services.settings.updateClinic({ ...harbour, logo: saved.logo }).logo).toBe(
      saved.logo,
    );
  });

  it('refuses a logo whose bytes are not the image kind it claims, and keeps what was saved', async () => {
    const before = app.services.settings.updateClinic(harbour);
    const pngBytes = pngLogo.slice(pngLogo.indexOf(',') + 1);
    for (const logo of [
      `data:image/jpeg;base64,${pngBytes}`,
      `data:image/png;base64,${Buffer.from('GIF89a not really a logo').toString('base64')}`,
      // A PNG's first bytes with the rest cut off: it claims to be a PNG but cannot be read.
      `data:image/png;base64,${Buffer.from(pngBytes, 'base64').subarray(0, 60).toString('base64')}`,
      // The same with an opaque PNG, which is stored as it is but must still be readable.
      `data:image/png;base64,${opaqueLogo(sampleLogoPng(60, 30)).subarray(0, 60).toString('base64')}`,
    ]) {
      const refused = await app.router(sender, 'settings.updateClinic', {
        profile: { ...harbour, name: 'Changed name', logo },
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(refused.ok ? '' : refused.error.message).toMatch(/logo is not a readable PNG or JPEG/);
    }
    expect(app.services.settings.clinic()).toEqual(before);
  });

  it('refuses a bad email, naming the field, and changes nothing', async () => {
    const refused = await app.router(sender, 'settings.updateClinic', {
      profile: { ...harbour, email: 'reception-at-harbour' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        fieldErrors: { email: 'Enter an email address like reception@clinic.com' },
      },
    });
    expect(refused.ok ? '' : refused.error.message).toMatch(/email address.*Nothing was saved/);
    expect(app.services.settings.clinic()).toEqual(DEFAULT_CLINIC_PROFILE);
  });

  it('falls back to the default for each stored field that cannot be read, keeping the rest', () => {
    const value = { name: 'Harbour Run Physio', paperSize: 'A3', email: 42, phone: '0400 111 222' };
    app.connection.db
      .insert(clinicSettings)
      .values({ key: 'clinic', value, updatedAt: '2026-10-01T09:00:00.000Z' })
      .run();
    expect(app.services.settings.clinic()).toEqual({
      ...DEFAULT_CLINIC_PROFILE,
      name: 'Harbour Run Physio',
      phone: '0400 111 222',
    });
  });
});
