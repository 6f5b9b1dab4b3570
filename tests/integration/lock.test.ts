import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../../src/shared/ipc/contract';
import { IPC_METHODS } from '../../src/shared/ipc/methods';
import { LOCK_SCREEN_METHODS } from '../../src/main/services/lock-session';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { sampleContent, sampleItems } from '../support/handout-samples';
import { UNSENT_MAIL_SETTINGS } from '../support/sample-mail-settings';
import { samplePatient } from '../support/sample-patients';
import { settableClock } from '../support/settable-clock';
import { randomKey, temporaryDirectory } from '../support/temp-database';
import { openTestApp, type TestApp } from '../support/test-app';
import { TEST_PIN, TEST_PRACTITIONER } from '../support/test-practitioner';

const sender = { url: 'app://stride', mainFrame: true };
const SAM = {
  name: 'Sam Okafor',
  profession: 'Physiotherapist',
  registrationNumber: null,
} as const;
const SAM_PIN = '8642';

let folder: ReturnType<typeof temporaryDirectory>;
let clock: ReturnType<typeof settableClock>;
let app: TestApp;

let key: Buffer;

beforeEach(async () => {
  folder = temporaryDirectory();
  clock = settableClock();
  key = randomKey();
  app = await openTestApp(folder.path, key, 'desktop', {}, { unlocked: false, clock });
});
afterEach(async () => {
  await app.services.outbox.stop();
  app.connection.close();
  folder.remove();
});

const call = (method: string, input: unknown = {}) => app.router(sender, method, input);
const patientCount = () =>
  app.connection.sqlite.prepare('SELECT count(*) FROM patients').pluck().get() as number;
const trail = () =>
  app.services.audit
    .list(1, 200)
    .entries.map((entry) => [entry.action, entry.practitionerName, entry.note]);

async function firstPractitioner() {
  const result = await call('practitioners.createFirst', {
    practitioner: TEST_PRACTITIONER,
    secret: { kind: 'pin', value: TEST_PIN },
  });
  expect(result).toMatchObject({ ok: true, value: { unlocked: true } });
  return app.services.practitioners.forLockScreen()[0]!;
}

describe('the lock', () => {
  it('opens locked, and refuses every method but the lock screen’s before reading its input', async () => {
    expect(await call('lock.status')).toMatchObject({
      ok: true,
      value: { unlocked: false, anyPractitioner: false, practitioner: null, idleMinutes: 10 },
    });
    const open = IPC_METHODS.filter(
      (method) => !LOCK_SCREEN_METHODS.has(method) && !method.startsWith('startup.'),
    );
    expect(open.length).toBeGreaterThan(50);
    for (const method of open) {
      // Garbage input: were the input read first, the answer would be 'invalid-input'.
      const result = await call(method, { nonsense: true });
      expect(result, method).toMatchObject({ ok: false, error: { code: 'locked' } });
    }
    // A well-formed change is refused too, and changes nothing.
    const create = await call('patients.create', { patient: samplePatient() });
    expect(create).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/Unlock it with your PIN/) },
    });
    expect(patientCount()).toBe(0);
    // What the lock screen needs still answers.
    for (const method of LOCK_SCREEN_METHODS) {
      expect(contract[method], method).toBeDefined();
    }
    expect(await call('practitioners.forLockScreen')).toEqual({ ok: true, value: [] });
    expect(await call('app.info')).toMatchObject({ ok: true });
  });

  it('makes the first practitioner from the lock screen, unlocked at once; only once', async () => {
    const bad = await call('practitioners.createFirst', {
      practitioner: { ...TEST_PRACTITIONER, name: 'J' },
      secret: { kind: 'pin', value: '1111' },
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!bad.ok) {
      expect(bad.error.message).toMatch(/full name/);
      expect(bad.error.message).toMatch(/not one digit repeated/);
    }
    expect(app.services.practitioners.any()).toBe(false);

    await firstPractitioner();
    expect(await call('lock.status')).toMatchObject({
      ok: true,
      value: { unlocked: true, practitioner: { name: 'Jo Physio' }, anyPractitioner: true },
    });
    expect(await call('patients.create', { patient: samplePatient() })).toMatchObject({ ok: true });

    const second = await call('practitioners.createFirst', {
      practitioner: SAM,
      secret: { kind: 'pin', value: SAM_PIN },
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(app.services.practitioners.list()).toHaveLength(1);
  });

  it('keeps only a salted scrypt hash of the PIN, never the PIN', async () => {
    await firstPractitioner();
    const stored = app.connection.sqlite
      .prepare('SELECT secret_hash FROM practitioners')
      .pluck()
      .get() as string;
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{20,}\$[A-Za-z0-9+/=]{40,}$/);
    expect(stored).not.toContain(TEST_PIN);
    const listed = await call('practitioners.list');
    expect(JSON.stringify(listed)).not.toMatch(/scrypt|secretHash/);
  });

  it('says a wrong PIN plainly, and makes the practitioner wait after five in a row', async () => {
    const jo = await firstPractitioner();
    await call('lock.lock');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const wrong = await call('lock.unlock', { practitionerId: jo.id, secret: '0000' });
      expect(wrong).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/PIN or password is not right/) },
      });
    }
    const fifth = await call('lock.unlock', { practitionerId: jo.id, secret: '1357' });
    expect(fifth).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/wrong 5 times in a row. Wait 30 seconds/) },
    });
    // Even the right PIN waits now.
    const waiting = await call('lock.unlock', { practitionerId: jo.id, secret: TEST_PIN });
    expect(waiting).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Too many wrong tries. Wait 30 seconds/) },
    });
    expect((await call('lock.status')).ok && app.services.lock.status().unlocked).toBe(false);
    expect(await call('patients.search', {})).toMatchObject({ error: { code: 'locked' } });

    clock.advanceSeconds(31);
    expect(await call('lock.unlock', { practitionerId: jo.id, secret: TEST_PIN })).toMatchObject({
      ok: true,
      value: { unlocked: true, practitioner: { id: jo.id } },
    });
    const failures = trail().filter(([action]) => action === 'unlock-failed');
    expect(failures).toHaveLength(5);
    expect(failures[0]).toEqual([
      'unlock-failed',
      'Jo Physio',
      'wrong PIN or password (5 in a row)',
    ]);
  });

  it('keeps wrong tries over a restart, and doubles each wait in a row', async () => {
    const jo = await firstPractitioner();
    await call('lock.lock');
    const wrong = () => call('lock.unlock', { practitionerId: jo.id, secret: '0000' });
    for (let attempt = 1; attempt <= 5; attempt += 1) await wrong();
    clock.advanceSeconds(31);
    for (let attempt = 1; attempt <= 4; attempt += 1) await wrong();

    // Closing and opening the app again does not give fresh tries.
    await app.services.outbox.stop();
    app.connection.close();
    app = await openTestApp(folder.path, key, 'desktop', {}, { unlocked: false, clock });
    expect(await wrong()).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/wrong 5 times in a row. Wait 60 seconds/) },
    });
    clock.advanceSeconds(61);
    expect(await call('lock.unlock', { practitionerId: jo.id, secret: TEST_PIN })).toMatchObject({
      ok: true,
    });
    // A right PIN starts the count again.
    for (let attempt = 1; attempt <= 5; attempt += 1) await wrong();
    expect(await wrong()).toMatchObject({
      error: { message: expect.stringMatching(/Too many wrong tries. Wait 30 seconds/) },
    });
  });

  it('counts guesses sent all at once before their slow check, so none passes the limit', async () => {
    const jo = await firstPractitioner();
    await call('lock.lock');
    const guesses = await Promise.all(
      ['1111', '2222', '3333', '4444', '5555', '6666', '7777', TEST_PIN].map((secret) =>
        call('lock.unlock', { practitionerId: jo.id, secret }),
      ),
    );
    // Five are checked; the rest, the right PIN among them, wait their turn.
    expect(
      guesses.filter((guess) => !guess.ok && /not right|wrong 5/.test(guess.error.message)),
    ).toHaveLength(5);
    expect(guesses.every((guess) => !guess.ok)).toBe(true);
  });

  it('locks after the clinic’s idle time; reported activity keeps it open', async () => {
    await firstPractitioner();
    clock.advanceMinutes(9);
    expect(await call('lock.activity')).toMatchObject({ ok: true, value: { unlocked: true } });
    clock.advanceMinutes(9);
    // Calls alone are not activity: a page polling in the background still locks.
    expect(await call('patients.search', {})).toMatchObject({ ok: true });
    clock.advanceMinutes(1);
    expect(await call('patients.search', {})).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect(await call('lock.status')).toMatchObject({ ok: true, value: { unlocked: false } });
    expect(trail()[0]).toEqual(['locked', 'Jo Physio', 'after 10 minutes without use']);

    // The clinic shortens it; a bad value is refused in words and changes nothing.
    const jo = app.services.practitioners.forLockScreen()[0]!;
    await call('lock.unlock', { practitionerId: jo.id, secret: TEST_PIN });
    expect(await call('settings.updateLock', { settings: { idleMinutes: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/at least 1 minute/) },
    });
    expect(await call('settings.getLock')).toEqual({ ok: true, value: { idleMinutes: 10 } });
    expect(await call('settings.updateLock', { settings: { idleMinutes: 2 } })).toMatchObject({
      ok: true,
    });
    clock.advanceMinutes(2);
    expect(await call('lock.status')).toMatchObject({
      ok: true,
      value: { unlocked: false, idleMinutes: 2 },
    });
  });

  it('locks on demand, and unlocks as whoever types their own PIN', async () => {
    await firstPractitioner();
    const sam = await call('practitioners.create', {
      practitioner: SAM,
      secret: { kind: 'password', value: 'hip-drop-2026' },
    });
    expect(sam).toMatchObject({ ok: true, value: { name: 'Sam Okafor', secretKind: 'password' } });
    const samId = sam.ok ? (sam.value as { id: string }).id : '';
    expect(await call('lock.lock')).toMatchObject({ ok: true, value: { unlocked: false } });
    expect(await call('patients.search', {})).toMatchObject({ error: { code: 'locked' } });
    expect(await call('practitioners.forLockScreen')).toMatchObject({
      ok: true,
      value: [{ name: 'Jo Physio' }, { name: 'Sam Okafor' }],
    });
    // Jo's PIN does not open Sam's account.
    expect(await call('lock.unlock', { practitionerId: samId, secret: TEST_PIN })).toMatchObject({
      ok: false,
    });
    expect(
      await call('lock.unlock', { practitionerId: samId, secret: 'hip-drop-2026' }),
    ).toMatchObject({ ok: true, value: { practitioner: { name: 'Sam Okafor' } } });
    expect(
      trail()
        .slice(0, 3)
        .map(([action, who]) => [action, who]),
    ).toEqual([
      ['unlocked', 'Sam Okafor'],
      ['unlock-failed', 'Sam Okafor'],
      ['locked', 'Jo Physio'],
    ]);
  });

  it('carries the practitioner over a database key change, and records the change by them', async () => {
    await firstPractitioner();
    const working = app.services.lock.handOver();
    expect(working?.practitioner.name).toBe('Jo Physio');
    // What the gate does around a key change: the old session ends with the old services,
    // and the services on the database under its new key take the practitioner over.
    app.services.lock.lockNow();
    app.services.lock.takeOver(working!, 'new key and recovery key');
    expect(app.services.lock.current()?.name).toBe('Jo Physio');
    expect(trail()[0]).toEqual(['changed', 'Jo Physio', 'new key and recovery key']);

    // A practitioner deactivated meanwhile is not carried over.
    app.services.lock.lockNow();
    app.connection.sqlite.prepare('UPDATE practitioners SET active = 0').run();
    app.services.lock.takeOver(working!, 'new key and recovery key');
    expect(app.services.lock.current()).toBeNull();
  });

  it('deactivates but never deletes; a deactivated practitioner cannot unlock', async () => {
    const jo = await firstPractitioner();
    expect(await call('practitioners.setActive', { id: jo.id, active: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/your own account/) },
    });
    const sam = await app.services.practitioners.create(SAM, { kind: 'pin', value: SAM_PIN });
    expect(await call('practitioners.setActive', { id: sam.id, active: false })).toMatchObject({
      ok: true,
      value: { active: false },
    });
    expect(app.services.practitioners.forLockScreen().map((p) => p.name)).toEqual(['Jo Physio']);
    expect(app.services.practitioners.list()).toHaveLength(2);
    await call('lock.lock');
    expect(await call('lock.unlock', { practitionerId: sam.id, secret: SAM_PIN })).toMatchObject({
      ok: false,
    });
  });
});

describe('signatures carry the practitioner who unlocked', () => {
  it('signs visits, saves programs and queues emails as the unlocked account, by name and id', async () => {
    const jo = await firstPractitioner();
    const patient = app.services.patients.create(samplePatient());
    const started = app.services.assessments.start(patient.id, {
      complaint: 'Outer hip pain',
      side: 'left',
      startedOn: null,
    });
    const redFlags = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, 'no' as const]));
    app.services.assessments.saveDraft(started.id, 1, { ...started.record, redFlags });

    // A name typed by the page is refused: main knows who signs.
    expect(
      await call('assessments.finalise', { id: started.id, revision: 2, signedBy: 'Someone Else' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('assessments.finalise', { id: started.id, revision: 2 })).toMatchObject({
      ok: true,
      value: { finalisedBy: 'Jo Physio' },
    });
    const row = (sql: string, id: string) => app.connection.sqlite.prepare(sql).get(id);
    expect(
      row(
        'SELECT signed_by AS name, signed_by_practitioner_id AS id FROM assessment_versions WHERE assessment_id = ?',
        started.id,
      ),
    ).toEqual({ name: 'Jo Physio', id: jo.id });

    // The program's "saved by" is the unlocked practitioner, whatever the page sends.
    const program = await call('programs.create', {
      assessmentId: started.id,
      content: sampleContent({ items: sampleItems(3), savedBy: 'Typed Name' }),
    });
    expect(program).toMatchObject({ ok: true, value: { versions: [{ savedBy: 'Jo Physio' }] } });
    const programId = program.ok ? (program.value as { id: string }).id : '';
    expect(
      row(
        'SELECT saved_by AS name, saved_by_practitioner_id AS id FROM program_versions WHERE program_id = ?',
        programId,
      ),
    ).toEqual({ name: 'Jo Physio', id: jo.id });

    // The email records who pressed Send.
    app.services.mail.updateSettings(UNSENT_MAIL_SETTINGS);
    const handout = await app.services.handouts.render(programId, 1, {
      nextAppointment: null,
      logWeeks: 4,
    });
    const queued = await call('mail.queue', {
      email: { handoutId: handout.handoutId, to: 'ana@example.com', subject: 'Hi', body: 'Hi' },
    });
    expect(queued).toMatchObject({ ok: true, value: { queuedBy: 'Jo Physio' } });
    expect(
      row(
        'SELECT queued_by AS name, queued_by_practitioner_id AS id FROM outbox WHERE patient_id = ?',
        patient.id,
      ),
    ).toEqual({ name: 'Jo Physio', id: jo.id });
  });
});
