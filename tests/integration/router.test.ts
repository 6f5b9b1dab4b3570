import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../../src/main/db/connection';
import { createHandlers } from '../../src/main/ipc/handlers';
import { createRouter, type CallSender, type Router } from '../../src/main/ipc/router';
import { isTrustedAppSender } from '../../src/main/security-policy';
import { createServices, NO_SYSTEM_PORTS } from '../../src/main/services';
import { openTestDatabase, randomKey, temporaryDirectory } from '../support/temp-database';

const APP_PAGE = 'file:///opt/stride/out/renderer/index.html';
const appWindow: CallSender = { url: `${APP_PAGE}#/patients/new`, mainFrame: true };

let folder: ReturnType<typeof temporaryDirectory>;
let connection: DatabaseConnection;
let router: Router;
let loggedErrors: unknown[];

beforeEach(async () => {
  folder = temporaryDirectory();
  connection = await openTestDatabase(folder.path, randomKey());
  loggedErrors = [];
  router = createRouter(
    createHandlers(createServices(connection.db, NO_SYSTEM_PORTS), {
      version: 'test',
      dataDirectory: folder.path,
      mode: 'desktop',
    }),
    {
      isTrustedSender: (sender) => isTrustedAppSender(sender, APP_PAGE),
      logError: (_method, error) => loggedErrors.push(error),
    },
  );
});
afterEach(() => {
  connection.close();
  folder.remove();
});

const patientCount = () =>
  (connection.sqlite.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n;

const validPatient = { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.com' };

describe('the IPC router', () => {
  it('answers valid calls with the service result', async () => {
    const created = await router(appWindow, 'patients.create', { patient: validPatient });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: string } }).value.id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/); // UUIDv7

    const found = await router(appWindow, 'patients.search', { query: 'silv' });
    expect(found).toMatchObject({ ok: true, value: { patients: [{ id }], more: false } });
    const fetched = await router(appWindow, 'patients.get', { id });
    expect(fetched).toMatchObject({
      ok: true,
      value: { firstName: 'Ana', email: 'ana@example.com' },
    });
  });

  it('refuses a payload nested too deeply for its schema to walk, in words, saving nothing', async () => {
    let payload: unknown = 'bottom';
    for (let level = 0; level < 20_000; level++) payload = { a: payload };
    const result = await router(appWindow, 'drafts.save', { formKey: 'new-patient', payload });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'This request could not be read: it is nested too deeply. Nothing was saved.',
      },
    });
    const drafts = connection.sqlite.prepare('SELECT count(*) FROM form_drafts').pluck().get();
    expect(drafts).toBe(0);
  });

  it('refuses malformed input with field messages and writes nothing', async () => {
    for (const input of [
      { patient: { ...validPatient, firstName: '' } },
      { patient: { ...validPatient, email: 'ana-at-example' } },
      { patient: { ...validPatient, dateOfBirth: '2999-01-01' } },
      { patient: validPatient, extra: 'field' },
      'not an object',
      null,
      undefined,
    ]) {
      const result = await router(appWindow, 'patients.create', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message).toMatch(/^Please check: .+ Nothing was saved\.$/);
      }
    }
    const bad = await router(appWindow, 'patients.create', {
      patient: { ...validPatient, firstName: ' ', email: 'nope' },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        fieldErrors: {
          firstName: 'First name is required',
          email: 'Email must look like name@example.com',
        },
      },
    });
    expect(patientCount()).toBe(0);
  });

  it('refuses unknown methods and writes nothing', async () => {
    for (const method of ['patients.delete', 'constructor', '__proto__', 42, undefined]) {
      const result = await router(appWindow, method, { patient: validPatient });
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
    expect(patientCount()).toBe(0);
  });

  it('refuses calls from any other page or frame and writes nothing', async () => {
    for (const sender of [
      { url: 'https://example.org/', mainFrame: true },
      { url: 'file:///tmp/other.html', mainFrame: true },
      { url: APP_PAGE, mainFrame: false },
      { url: '', mainFrame: true },
    ]) {
      const result = await router(sender, 'patients.create', { patient: validPatient });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(patientCount()).toBe(0);
  });

  it('refuses a change made to an older version of the record and keeps the newer one', async () => {
    const created = await router(appWindow, 'patients.create', { patient: validPatient });
    const id = (created as { value: { id: string } }).value.id;
    const first = await router(appWindow, 'patients.update', {
      id,
      revision: 1,
      patient: { ...validPatient, lastName: 'Santos' },
    });
    expect(first).toMatchObject({ ok: true, value: { lastName: 'Santos', revision: 2 } });

    const stale = await router(appWindow, 'patients.update', {
      id,
      revision: 1,
      patient: { ...validPatient, lastName: 'Costa' },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await router(appWindow, 'patients.get', { id })).toMatchObject({
      value: { lastName: 'Santos', revision: 2 },
    });
  });

  it('reports a missing record plainly', async () => {
    const result = await router(appWindow, 'patients.get', {
      id: '01900000-0000-7000-8000-000000000000',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'That patient record could not be found.' },
    });
    const update = await router(appWindow, 'patients.update', {
      id: '01900000-0000-7000-8000-000000000000',
      revision: 1,
      patient: validPatient,
    });
    expect(update).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(patientCount()).toBe(0);
  });

  it('turns an unexpected failure into a message, not a crash', async () => {
    connection.sqlite.exec('DROP TRIGGER patients_search_after_insert');
    connection.sqlite.exec('DROP TABLE patient_search');
    const result = await router(appWindow, 'patients.search', { query: 'ana' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(loggedErrors).toHaveLength(1);
  });
});
