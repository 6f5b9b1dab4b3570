import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { downloadFolderDialog } from '../../src/main/system/headless/folder-dialogs';
import { sampleContent, sampleItems } from '../support/handout-samples';
import { UNSENT_MAIL_SETTINGS } from '../support/sample-mail-settings';
import { samplePatient } from '../support/sample-patients';
import { openTestApp, testAppForEachTest } from '../support/test-app';
import { randomKey, temporaryDirectory } from '../support/temp-database';
import { TEST_PIN } from '../support/test-practitioner';

const app = testAppForEachTest();
const sender = { url: 'app://stride', mainFrame: true };

async function call<T = unknown>(method: string, input: unknown = {}): Promise<T> {
  const result = await app.router(sender, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

const entries = () => app.services.audit.list(1, 200).entries.slice().reverse();
const sqlite = () => app.connection.sqlite;

/** What an attacker with the file and the key can do: drop the triggers and edit. */
function withTriggersDropped(edit: () => void) {
  sqlite().exec('DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;');
  edit();
}

/** A patient whose record goes through every kind of action the trail records. */
async function everyKindOfAction() {
  const patient = await call<{ id: string; revision: number }>('patients.create', {
    patient: samplePatient({ firstName: 'Ana', lastName: 'Silva' }),
  });
  await call('patients.get', { id: patient.id });
  const updated = await call<{ revision: number }>('patients.update', {
    id: patient.id,
    revision: patient.revision,
    patient: samplePatient({ firstName: 'Ana', lastName: 'Silva', phone: '0400 111 222' }),
  });
  const visit = await call<{ id: string; record: object }>('assessments.start', {
    patientId: patient.id,
    episode: { complaint: 'Outer hip pain', side: 'left', startedOn: null },
  });
  const redFlags = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, 'no']));
  await call('assessments.saveDraft', {
    id: visit.id,
    revision: 1,
    record: { ...visit.record, redFlags },
  });
  await call('assessments.finalise', { id: visit.id, revision: 2 });
  await call('assessments.get', { id: visit.id });
  const program = await call<{ id: string }>('programs.create', {
    assessmentId: visit.id,
    content: sampleContent({ items: sampleItems(3) }),
  });
  const handout = await call<{ handoutId: string }>('handouts.render', {
    programId: program.id,
    version: 1,
    options: { nextAppointment: null, logWeeks: 4 },
  });
  await call('handouts.recordPrint', { handoutId: handout.handoutId });
  await call('mail.updateSettings', { settings: UNSENT_MAIL_SETTINGS });
  await call('mail.queue', {
    email: { handoutId: handout.handoutId, to: 'ana@example.com', subject: 'Hi', body: 'Hi' },
  });
  await call('patients.exportRecord', { id: patient.id });
  const archived = await call<{ revision: number }>('patients.archive', {
    id: patient.id,
    revision: updated.revision,
  });
  await call('patients.restore', { id: patient.id, revision: archived.revision });
  return patient;
}

describe('the audit trail', () => {
  it('records who viewed, created, changed, signed, exported, emailed, archived and erased which record', async () => {
    const patient = await everyKindOfAction();
    const jo = app.services.practitioners.forLockScreen()[0]!;
    await call('lock.lock');
    await app.router(sender, 'lock.unlock', { practitionerId: jo.id, secret: '9999' });
    await call('lock.unlock', { practitionerId: jo.id, secret: TEST_PIN });

    const ana = entries().filter((entry) => entry.patientName === 'Ana Silva');
    expect(ana.map((entry) => [entry.action, entry.subject, entry.note])).toEqual([
      ['created', 'patient record', null],
      ['viewed', 'patient record', null],
      ['changed', 'patient details', null],
      ['created', 'assessment', null],
      ['signed', 'assessment', null],
      ['viewed', 'assessment', null],
      ['created', 'home program', null],
      ['created', 'handout', null],
      ['exported', 'handout', 'printed'],
      ['emailed', 'handout', null],
      ['exported', 'whole patient record', 'saved to a folder'],
      ['archived', 'patient record', null],
      ['restored', 'patient record', null],
    ]);
    expect(new Set(ana.map((entry) => entry.practitionerName))).toEqual(new Set(['Jo Physio']));
    // Each entry's time comes from the services' clock, as an ISO time.
    expect(ana.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
    expect(
      entries()
        .slice(-3)
        .map((entry) => [entry.action, entry.practitionerName]),
    ).toEqual([
      ['locked', 'Jo Physio'],
      ['unlock-failed', 'Jo Physio'],
      ['unlocked', 'Jo Physio'],
    ]);
    // A call that fails records nothing.
    const before = entries().length;
    await app.router(sender, 'patients.get', { id: '0190a0b0-0000-7000-8000-000000000000' });
    expect(entries()).toHaveLength(before);

    // The erasure's entry names nobody; the earlier entries lose the name with the patient.
    const full = app.services.patients.get(patient.id);
    await call('patients.erase', { id: patient.id, confirmation: 'Ana Silva' });
    const last = entries().at(-1)!;
    expect(last).toMatchObject({ action: 'erased', patientName: null, patientErased: false });
    expect(entries().filter((entry) => entry.patientErased)).toHaveLength(ana.length);
    const stored = JSON.stringify(sqlite().prepare('SELECT * FROM audit_entries').all());
    expect(stored).not.toContain(full.id);
    expect(stored).not.toContain('Silva');
    expect(app.services.audit.check()).toMatchObject({ intact: true, firstBroken: null });
  });

  it('keeps a change and its entry together: when the entry cannot be written, nor is the change', async () => {
    const patients = () =>
      sqlite().prepare('SELECT count(*) FROM patients').pluck().get() as number;
    const before = patients();
    sqlite().exec(
      "CREATE TRIGGER audit_full BEFORE INSERT ON audit_entries BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const result = await app.router(sender, 'patients.create', {
      patient: samplePatient({ firstName: 'Ana', lastName: 'Silva' }),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(patients()).toBe(before);

    sqlite().exec('DROP TRIGGER audit_full');
    await call('patients.create', {
      patient: samplePatient({ firstName: 'Ana', lastName: 'Silva' }),
    });
    expect(patients()).toBe(before + 1);
    expect(entries().at(-1)).toMatchObject({ action: 'created', patientName: 'Ana Silva' });
  });

  it('refuses to change or remove an entry', async () => {
    await everyKindOfAction();
    expect(() => sqlite().prepare("UPDATE audit_entries SET note = 'x'").run()).toThrow(
      /cannot be changed/,
    );
    expect(() => sqlite().prepare('DELETE FROM audit_entries WHERE sequence = 3').run()).toThrow(
      /cannot be changed/,
    );
    expect(app.services.audit.check().intact).toBe(true);
  });

  it('names the first entry that does not match when one was edited behind its back', async () => {
    await everyKindOfAction();
    const total = entries().length;
    expect(app.services.audit.check()).toMatchObject({ intact: true, checked: total });

    withTriggersDropped(() =>
      sqlite()
        .prepare("UPDATE audit_entries SET practitioner_name = 'Someone Else' WHERE sequence = 5")
        .run(),
    );
    const check = app.services.audit.check();
    expect(check).toMatchObject({
      intact: false,
      checked: 4,
      firstBroken: { sequence: 5 },
      message: expect.stringMatching(/^Entry 5 does not match/),
    });
    // The page reads the same answer through the router.
    expect(await call('audit.check')).toMatchObject({
      intact: false,
      firstBroken: { sequence: 5 },
    });
  });

  it('finds an edit even when the attacker recomputed that entry’s hash, and a removed entry', async () => {
    await everyKindOfAction();
    const { entryHash } = await import('../../src/main/audit/entry-hash');
    withTriggersDropped(() => {
      const row = sqlite().prepare('SELECT * FROM audit_entries WHERE sequence = 6').get() as {
        sequence: number;
        at: string;
        practitioner_id: string | null;
        practitioner_name: string | null;
        action: string;
        subject: string;
        patient_ref: string | null;
        note: string | null;
        previous_hash: string;
      };
      const forged = {
        sequence: row.sequence,
        at: row.at,
        practitionerId: row.practitioner_id,
        practitionerName: row.practitioner_name,
        action: 'viewed',
        subject: row.subject,
        patientRef: row.patient_ref,
        note: row.note,
        previousHash: row.previous_hash,
      };
      sqlite()
        .prepare("UPDATE audit_entries SET action = 'viewed', hash = ? WHERE sequence = 6")
        .run(entryHash(forged));
    });
    // Entry 6 hashes right now, but entry 7 still points at its old hash.
    expect(app.services.audit.check().firstBroken?.sequence).toBe(7);

    sqlite().prepare('DELETE FROM audit_entries WHERE sequence = 3').run();
    expect(app.services.audit.check()).toMatchObject({
      intact: false,
      firstBroken: { sequence: 4 },
    });
  });

  it('lists a page at a time, newest first', async () => {
    await everyKindOfAction();
    const total = entries().length;
    const first = await call<{ entries: { sequence: number }[]; total: number }>('audit.list', {
      page: 1,
      pageSize: 5,
    });
    expect(first.total).toBe(total);
    expect(first.entries.map((entry) => entry.sequence)).toEqual(
      [0, 1, 2, 3, 4].map((index) => total - index),
    );
    const bad = await app.router(sender, 'audit.list', { page: 0, pageSize: 5000 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('exports the whole trail as CSV into the chosen folder, and records the export', async () => {
    await everyKindOfAction();
    const exported = await call<{ kind: string; path: string }>('audit.export');
    expect(exported.kind).toBe('saved');
    const csv = readFileSync(exported.path, 'utf8');
    // A byte order mark first, so spreadsheet programs read accented names as UTF-8.
    expect(csv.startsWith('\uFEFF"Entry","When (UTC)","Practitioner","Action","What"')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toContainEqual(expect.stringMatching(/"signed","assessment","Ana Silva",""$/));
    expect(entries().at(-1)).toMatchObject({ action: 'exported', subject: 'audit trail' });
  });

  it('hands the preview the CSV to download', async () => {
    const folder = temporaryDirectory();
    const preview = await openTestApp(folder.path, randomKey(), 'preview', {
      folderDialog: downloadFolderDialog,
    });
    try {
      const result = await preview.router(sender, 'audit.export', {});
      expect(result).toMatchObject({
        ok: true,
        value: {
          kind: 'downloaded',
          fileName: expect.stringMatching(/^Audit trail - \d{4}-\d\d-\d\d\.csv$/),
          csv: expect.stringMatching(/"unlocked","Stride Clinic"/),
        },
      });
    } finally {
      await preview.services.outbox.stop();
      preview.connection.close();
      folder.remove();
    }
  });
});
