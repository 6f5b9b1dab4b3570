import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../../src/main/db/connection';
import type { Router } from '../../src/main/ipc/router';
import { openTestApp } from '../support/test-app';
import { randomKey, temporaryDirectory } from '../support/temp-database';

let folder: ReturnType<typeof temporaryDirectory>;
let connection: DatabaseConnection;
let router: Router;
const sender = { url: 'http://127.0.0.1:1', mainFrame: true };

beforeEach(async () => {
  folder = temporaryDirectory();
  ({ connection, router } = await openTestApp(folder.path, randomKey(), 'preview'));
});
afterEach(() => {
  connection.close();
  folder.remove();
});

describe('unsaved form input', () => {
  it('is kept, replaced by newer input, and discarded after saving', async () => {
    expect(await router(sender, 'drafts.get', { formKey: 'new-patient' })).toEqual({
      ok: true,
      value: null,
    });
    await router(sender, 'drafts.save', { formKey: 'new-patient', payload: { firstName: 'Ól' } });
    await router(sender, 'drafts.save', {
      formKey: 'new-patient',
      payload: { firstName: 'Ólafur', notes: 'Front of hip pain on hills' },
    });
    expect(await router(sender, 'drafts.get', { formKey: 'new-patient' })).toMatchObject({
      ok: true,
      value: { payload: { firstName: 'Ólafur', notes: 'Front of hip pain on hills' } },
    });

    await router(sender, 'drafts.discard', { formKey: 'new-patient' });
    expect(await router(sender, 'drafts.get', { formKey: 'new-patient' })).toMatchObject({
      value: null,
    });
  });

  it('is stored encrypted, like every record', async () => {
    await router(sender, 'drafts.save', {
      formKey: 'new-patient',
      payload: { notes: 'Unmistakable draft marker' },
    });
    const bytes = Buffer.concat(
      readdirSync(folder.path)
        .filter((name) => name.startsWith('stride-clinic.db'))
        .map((name) => readFileSync(join(folder.path, name))),
    );
    expect(bytes.includes(Buffer.from('Unmistakable draft marker'))).toBe(false);
  });

  it('refuses unknown form names and oversized drafts', async () => {
    for (const input of [
      { formKey: '../etc', payload: {} },
      { formKey: 'new-patient', payload: { notes: 'x'.repeat(300_000) } },
    ]) {
      expect(await router(sender, 'drafts.save', input)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
  });
});
