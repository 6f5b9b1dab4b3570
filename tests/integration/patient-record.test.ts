import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { patientsByName, newestMatchingPatients } from '../../src/main/db/queries/patient-list';
import { NotFoundError } from '../../src/main/services/errors';
import { findExercise } from '../../src/shared/clinical/catalogue/exercises';
import { describeDosage } from '../../src/shared/clinical/dosage-text';
import type { ExportedRecord } from '../../src/shared/domain/patient-record';
import { inProcessHandoutRenderer } from '../../src/main/pdf/in-process-renderer';
import type { ExportFolder } from '../../src/main/system/ports';
import { pagesToPng, readPdf } from '../support/pdf-reading';
import { FONTS_DIRECTORY, sampleContent, sampleItems } from '../support/handout-samples';
import { samplePatient } from '../support/sample-patients';
import { savedProgramFor, signedVisitFor } from '../support/saved-program';
import { testAppForEachTest } from '../support/test-app';

/** What the physio picks in the folder dialog, set by each test. */
let chosen: ExportFolder = { kind: 'cancelled' };
/** Done once, as an export's PDF summary starts being made (set by a test, then cleared). */
let whileMakingSummary: (() => void) | null = null;
const renderer = inProcessHandoutRenderer(FONTS_DIRECTORY);
const app = testAppForEachTest({
  folderDialog: { chooseExportFolder: async () => chosen },
  handoutRenderer: {
    ...renderer,
    renderRecord: (data, exportedAt) => {
      const during = whileMakingSummary;
      whileMakingSummary = null;
      during?.();
      return renderer.renderRecord(data, exportedAt);
    },
  },
});
const sender = { url: 'file:///app/index.html', mainFrame: true };

/**
 * How to find one patient's rows in each table that holds them. Every table in the database
 * must be here or in NOT_PER_PATIENT: a table added later fails these tests until the export
 * and the erasure know about it.
 */
const PER_PATIENT: Record<string, string> = {
  patients: 'SELECT * FROM patients WHERE id = :id',
  episodes: 'SELECT * FROM episodes WHERE patient_id = :id',
  assessments: 'SELECT * FROM assessments WHERE patient_id = :id',
  assessment_versions:
    'SELECT * FROM assessment_versions WHERE assessment_id IN (SELECT id FROM assessments WHERE patient_id = :id)',
  programs: 'SELECT * FROM programs WHERE patient_id = :id',
  program_versions:
    'SELECT * FROM program_versions WHERE program_id IN (SELECT id FROM programs WHERE patient_id = :id)',
  visit_findings: 'SELECT * FROM visit_findings WHERE patient_id = :id',
  handout_exports: 'SELECT * FROM handout_exports WHERE patient_id = :id',
  outbox: 'SELECT * FROM outbox WHERE patient_id = :id',
  record_exports: 'SELECT * FROM record_exports WHERE patient_id = :id',
  form_drafts: `SELECT * FROM form_drafts WHERE substr(form_key, instr(form_key, ':') + 1) IN (
      SELECT :id UNION SELECT id FROM episodes WHERE patient_id = :id
      UNION SELECT id FROM assessments WHERE patient_id = :id
      UNION SELECT id FROM programs WHERE patient_id = :id)`,
};
/**
 * The clinic's own tables, the erasure log, the audit trail and the search index (checked
 * through search). The trail names a patient only through audit_patient_refs, whose row the
 * erasure tests below see go.
 */
const NOT_PER_PATIENT = [
  'clinic_settings',
  'custom_exercises',
  'erasures',
  '__drizzle_migrations',
  'practitioners',
  'audit_entries',
  'audit_patient_refs',
];
const isSearchIndex = (table: string) => table.startsWith('patient_search');

function allTables(): string[] {
  return app.connection.sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
}

function rowsOf(table: string, patientId: string): Record<string, unknown>[] {
  return app.connection.sqlite.prepare(PER_PATIENT[table]!).all({ id: patientId }) as Record<
    string,
    unknown
  >[];
}

function rowCount(table: string): number {
  return app.connection.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
}

/**
 * A patient with everything the app can store: a visit signed then amended, a draft visit,
 * a program saved twice, a handout saved and one printed, an email in the outbox, and
 * unsaved form input for the patient, a program and a new program. Beside them, another
 * patient with a visit and a form draft of their own.
 */
async function fullRecord() {
  const saved = savedProgramFor(app);
  const program = saved.program;
  const patient = app.services.patients.update(
    saved.patient.id,
    saved.patient.revision,
    samplePatient({
      firstName: 'Zoë',
      lastName: 'Łukasiewicz',
      email: 'zoe.l@runmail.org',
      phone: '+44 7700 900123',
    }),
  );
  const visit = app.services.assessments.forPatient(patient.id)[0]!;
  const signed = app.services.assessments.get(visit.id);
  app.services.assessments.amend(
    visit.id,
    signed.revision,
    {
      ...signed.record,
      bodyMassKg: 61,
      subjective: {
        ...signed.record.subjective,
        pain: { ...signed.record.subjective.pain, painNow: 3 },
      },
      tests: {
        'hhd-hip-abduction': {
          left: { peakForce: 120 },
          right: { peakForce: 200 },
          shared: { leverArm: 0.8 },
        },
      },
      impression: 'Gluteal tendinopathy likely',
    },
    { signedBy: 'Jo Physio', reason: 'Impression added after the scan report' },
  );
  app.services.assessments.start(patient.id, { episodeId: signed.episode.id });
  const second = app.services.programs.saveVersion(
    program.id,
    1,
    sampleContent({ items: sampleItems(3), savedBy: 'Sam Physio' }),
  );
  const handout = await app.services.handouts.render(program.id, 2, {
    nextAppointment: null,
    logWeeks: 4,
  });
  await app.services.handouts.save(handout.handoutId);
  app.services.handouts.recordPrint(handout.handoutId);
  app.services.mail.updateSettings({
    host: '127.0.0.1',
    port: 2525,
    security: 'none',
    username: '',
    password: null,
    fromName: 'Stride Clinic',
    fromAddress: 'reception@stride.example',
    replyTo: '',
    subjectTemplate: 'Your program',
    bodyTemplate: 'Hello {firstName}',
  });
  app.services.mail.queue({
    handoutId: handout.handoutId,
    to: 'zoe.l@runmail.org',
    subject: 'Your home program',
    body: 'Hello Zoë, here it is.',
  });
  app.services.drafts.save(`patient:${patient.id}`, { firstName: 'Zoë', notes: 'half typed' });
  app.services.drafts.save(`program:${program.id}`, { title: 'Changing the program' });
  app.services.drafts.save(`program-new:${visit.id}`, { title: 'A second program' });

  const other = app.services.patients.create(samplePatient());
  signedVisitFor(app, other.id);
  app.services.drafts.save(`patient:${other.id}`, { firstName: 'Marta' });
  app.services.drafts.save('new-patient', { firstName: 'Someone new' });
  return { patient, program: second, visit, other, handoutId: handout.handoutId };
}

async function exportRecord(id: string): Promise<ExportedRecord> {
  const result = await app.router(sender, 'patients.exportRecord', { id });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as ExportedRecord;
}

function exportFolder(): string {
  const folder = join(app.folder.path, 'exports');
  mkdirSync(folder, { recursive: true });
  chosen = { kind: 'folder', path: folder };
  return folder;
}

const camel = (column: string) =>
  column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Every object in the export that is a stored row, by its id (or a draft's form key). */
function exportedRows(value: unknown, found = new Map<string, Record<string, unknown>>()) {
  if (Array.isArray(value)) value.forEach((item) => exportedRows(item, found));
  else if (value && typeof value === 'object') {
    const row = value as Record<string, unknown>;
    const key = row['formKey'] ?? row['id'];
    if (typeof key === 'string' && !found.has(key)) found.set(key, row);
    Object.values(row).forEach((item) => exportedRows(item, found));
  }
  return found;
}

describe('exporting a patient record', () => {
  it('writes a JSON file holding every stored field of every row of the patient', async () => {
    const { patient } = await fullRecord();
    const folder = exportFolder();
    await exportRecord(patient.id); // so the second export has an earlier export to include
    // What is stored when the export starts (its own record_exports row comes after it).
    const stored = Object.fromEntries(
      Object.keys(PER_PATIENT).map((table) => [table, rowsOf(table, patient.id)]),
    );
    const result = await exportRecord(patient.id);
    if (result.kind !== 'saved') throw new Error('expected files in the folder');
    const json = JSON.parse(readFileSync(result.files[1]!.path, 'utf8'));
    expect(json).toMatchObject({
      format: 'stride-clinic-patient-record',
      formatVersion: 1,
      patient: { id: patient.id, firstName: 'Zoë', lastName: 'Łukasiewicz' },
    });
    expect(Date.parse(json.exportedAt)).not.toBeNaN();
    expect(folder).toBe(result.folder);

    const exported = exportedRows(json);
    const tables = allTables().filter((table) => !isSearchIndex(table));
    for (const table of tables) {
      expect(PER_PATIENT[table] !== undefined || NOT_PER_PATIENT.includes(table), table).toBe(true);
    }
    for (const table of Object.keys(PER_PATIENT)) {
      const rows = stored[table]!;
      // Every kind of row is present in this record, so none is checked vacuously.
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) {
        if (table === 'visit_findings') {
          // Carried by its visit, as the findings the visit stands signed with.
          const visit = exported.get(String(row['assessment_id']));
          expect(visit?.['patientId'], table).toBe(row['patient_id']);
          expect(visit?.['signedFindings'], table).toEqual(JSON.parse(String(row['findings'])));
          expect(visit?.['signedMeasures'], table).toEqual(JSON.parse(String(row['measures'])));
          expect(Object.keys(row).sort(), table).toEqual([
            'assessment_id',
            'findings',
            'measures',
            'patient_id',
          ]);
          continue;
        }
        const key = String(row['form_key'] ?? row['id']);
        const out = exported.get(key);
        expect(out, `${table} ${key}`).toBeDefined();
        for (const [column, value] of Object.entries(row)) {
          const where = `${table}.${column}`;
          if (table === 'patients' && column === 'row_key') {
            expect(out, where).not.toHaveProperty('rowKey'); // the search index's row number
          } else if (Buffer.isBuffer(value)) {
            expect(out![`${camel(column)}Base64`], where).toBe(value.toString('base64'));
          } else if (typeof out![camel(column)] === 'object' && out![camel(column)] !== null) {
            expect(out![camel(column)], where).toEqual(JSON.parse(String(value)));
          } else {
            expect(out, where).toHaveProperty(camel(column), value);
          }
        }
      }
    }
    // The other patient's record is nowhere in it.
    expect(readFileSync(result.files[1]!.path, 'utf8')).not.toContain('Novak');
  });

  it('writes a readable PDF summary: name, visits with findings, exercises with dosage', async () => {
    const { patient, program } = await fullRecord();
    exportFolder();
    const result = await exportRecord(patient.id);
    if (result.kind !== 'saved') throw new Error('expected files in the folder');
    const pdf = readFileSync(result.files[0]!.path);
    mkdirSync('test-results/record', { recursive: true });
    pagesToPng(pdf, 'test-results/record/summary'); // for a person to look at
    const { text } = readPdf(pdf);
    expect(text).toContain('Patient record');
    expect(text).toContain('Zoë Łukasiewicz');
    expect(text).toContain('Stride Clinic');
    expect(text).toContain('Outer hip pain, left hip');
    const visits = app.services.assessments.forPatient(patient.id);
    for (const visit of visits) {
      expect(text).toContain(`Visit of ${format(parseISO(visit.visitDate), 'd MMMM yyyy')}`);
    }
    expect(text).toContain('amended once');
    expect(text).toContain('Pain now: 3/10');
    const signedFindings = app.services.assessments
      .versions(visits.find((v) => v.status === 'final')!.id)
      .at(-1)!.findings;
    expect(signedFindings.length).toBeGreaterThan(0);
    for (const finding of signedFindings) expect(text).toContain(finding);
    expect(text).toContain('Draft, not signed');
    expect(text).toContain('Gluteal tendinopathy likely');
    for (const item of program.current.content.items) {
      const exercise = findExercise(item.exerciseId)!;
      expect(text).toContain(exercise.name);
      expect(text).toContain(describeDosage(item, exercise));
    }
    expect(text).toContain('version 2, saved');
    expect(text).toMatch(/Version 1: .*Alex Morgan, 4 exercises/);
    expect(text).toMatch(/Version 2: .*Sam Physio, 3 exercises/);
    expect(text).toContain('Email "Your home program" to zoe.l@runmail.org, waiting to be sent');
    expect(text).toMatch(/\(version 2\) printed/);
  });

  it('never overwrites: a second export the same day gets its own names', async () => {
    const { patient } = await fullRecord();
    const folder = exportFolder();
    const day = format(new Date(), 'yyyy-MM-dd');
    const first = await exportRecord(patient.id);
    if (first.kind !== 'saved') throw new Error('expected files in the folder');
    expect(first.files.map((file) => file.fileName)).toEqual([
      `Record - Łukasiewicz Zoë - ${day}.pdf`,
      `Record - Łukasiewicz Zoë - ${day}.json`,
    ]);
    const firstBytes = first.files.map((file) => readFileSync(file.path));
    // Someone's own file already has the next JSON name: both new files skip to (3).
    writeFileSync(join(folder, `Record - Łukasiewicz Zoë - ${day} (2).json`), 'not ours');
    const second = await exportRecord(patient.id);
    if (second.kind !== 'saved') throw new Error('expected files in the folder');
    expect(second.files.map((file) => file.fileName)).toEqual([
      `Record - Łukasiewicz Zoë - ${day} (3).pdf`,
      `Record - Łukasiewicz Zoë - ${day} (3).json`,
    ]);
    first.files.forEach((file, index) =>
      expect(readFileSync(file.path)).toEqual(firstBytes[index]),
    );
    expect(readFileSync(join(folder, `Record - Łukasiewicz Zoë - ${day} (2).json`), 'utf8')).toBe(
      'not ours',
    );
    expect(readdirSync(folder)).toHaveLength(5);
    // Each export is recorded with its files' hashes.
    const recorded = rowsOf('record_exports', patient.id);
    expect(recorded).toHaveLength(2);
    expect(recorded[1]).toMatchObject({
      action: 'saved',
      folder,
      pdf_file_name: second.files[0]!.fileName,
      pdf_sha256: second.files[0]!.sha256,
      json_sha256: second.files[1]!.sha256,
    });
  });

  it('writes and records nothing when the physio cancels the folder dialog', async () => {
    const { patient } = await fullRecord();
    const before = readdirSync(app.folder.path);
    chosen = { kind: 'cancelled' };
    expect(await exportRecord(patient.id)).toEqual({ kind: 'cancelled' });
    expect(readdirSync(app.folder.path)).toEqual(before);
    expect(rowCount('record_exports')).toBe(0);
  });

  it('says in plain words, and saves and records nothing, when the folder has gone', async () => {
    const { patient } = await fullRecord();
    const folder = exportFolder();
    // Gone after it was picked (a memory stick taken out) while the summary was being made.
    whileMakingSummary = () => rmSync(folder, { recursive: true });
    const result = await app.router(sender, 'patients.exportRecord', { id: patient.id });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: `The record of Zoë Łukasiewicz could not be saved in ${folder}: that folder no longer exists. Nothing was saved; choose another folder.`,
      },
    });
    expect(rowCount('record_exports')).toBe(0);
  });

  it('says in plain words, and leaves nothing there, when it may not write in the folder', async () => {
    const { patient } = await fullRecord();
    const folder = exportFolder();
    // Root may write in any folder whatever its permissions, so there the folder picked is
    // a file instead: the system refuses that too, with a reason of its own.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      writeFileSync(join(folder, 'notes.txt'), 'mine');
      chosen = { kind: 'folder', path: join(folder, 'notes.txt') };
    } else {
      chmodSync(folder, 0o500);
    }
    let result;
    try {
      result = await app.router(sender, 'patients.exportRecord', { id: patient.id });
    } finally {
      chmodSync(folder, 0o700);
    }
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!result.ok) {
      expect(result.error.message).toContain(
        asRoot
          ? ': that folder no longer exists. Nothing was saved'
          : ': Stride Clinic is not allowed to write in that folder. Nothing was saved',
      );
      expect(result.error.message).not.toMatch(/E[A-Z]{3,}|errno|open '/);
    }
    expect(readdirSync(folder)).toEqual(asRoot ? ['notes.txt'] : []);
    expect(rowCount('record_exports')).toBe(0);
  });

  it('removes a file it had started, when the disk fills up part way through writing it', () => {
    const folder = exportFolder();
    // The child may write files of up to about 1 MB (ulimit counts in blocks of 512 or 1024
    // bytes): the PDF fits, the JSON is created and then stops part way.
    const child = spawnSync(
      'sh',
      [
        '-c',
        'ulimit -f 2048 && exec "$0" "$@"',
        process.execPath,
        resolve(__dirname, '../support/write-files-child.cjs'),
        folder,
      ],
      { encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ code: 'EFBIG', left: [] });
  });

  it('hands both files to the browser preview to download, and records the download', async () => {
    const { patient } = await fullRecord();
    chosen = { kind: 'download' };
    const result = await exportRecord(patient.id);
    if (result.kind !== 'downloaded') throw new Error('expected a download');
    const [pdf, json] = result.files.map((file) => Buffer.from(file.base64, 'base64'));
    expect(pdf!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(JSON.parse(json!.toString('utf8')).patient.lastName).toBe('Łukasiewicz');
    expect(rowsOf('record_exports', patient.id)).toMatchObject([
      { action: 'downloaded', folder: null },
    ]);
  });
});

describe('archiving a patient', () => {
  it('takes them out of the list and search, keeps the record, and restores them', async () => {
    const { patient } = await fullRecord();
    const names = (query: string, archived = false) =>
      app.services.patients
        .search({ query, limit: 50, archived })
        .patients.map((found) => found.lastName);
    const archived = await app.router(sender, 'patients.archive', {
      id: patient.id,
      revision: patient.revision,
    });
    if (!archived.ok) throw new Error(archived.error.message);
    const record = archived.value as { archivedAt: string | null; revision: number };
    expect(record.archivedAt).not.toBeNull();
    expect(names('')).toEqual(['Novak']);
    expect(names('lukas')).toEqual([]);
    // "Show archived": found there, by name too; the record is whole.
    expect(names('', true)).toEqual(['Łukasiewicz']);
    expect(names('lukas', true)).toEqual(['Łukasiewicz']);
    expect(app.services.patients.get(patient.id).archivedAt).toBe(record.archivedAt);
    expect(app.services.assessments.forPatient(patient.id)).toHaveLength(2);

    // A stale revision is refused and changes nothing.
    const stale = await app.router(sender, 'patients.restore', {
      id: patient.id,
      revision: patient.revision,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(names('lukas')).toEqual([]);

    const restored = await app.router(sender, 'patients.restore', {
      id: patient.id,
      revision: record.revision,
    });
    expect(restored).toMatchObject({ ok: true, value: { archivedAt: null } });
    expect(names('lukas')).toEqual(['Łukasiewicz']);
    expect(names('', true)).toEqual([]);
  });

  it('lists the archived patients from their own index, never scanning the table', () => {
    const plan = (query: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = query.toSQL();
      return app.connection.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((step) => (step as { detail: string }).detail)
        .join('\n');
    };
    expect(plan(patientsByName(app.connection.db, 51, true))).toContain(
      'USING INDEX patients_archived_by_name',
    );
    const search = plan(newestMatchingPatients(app.connection.db, '"luk"*', 51, true));
    expect(search).toMatch(/VIRTUAL TABLE INDEX/);
    expect(search).toMatch(/SEARCH patients USING INTEGER PRIMARY KEY/);
  });
});

/** Anything that could name the patient, as stored text or inside a blob. */
function mentions(value: unknown, needles: string[]): boolean {
  if (value === null || value === undefined) return false;
  const texts = Buffer.isBuffer(value)
    ? [value.toString('utf8'), value.toString('latin1')]
    : [String(value)];
  return texts.some((text) => needles.some((needle) => text.toLowerCase().includes(needle)));
}

describe('erasing a patient', () => {
  it('refuses a name that does not match, and changes nothing', async () => {
    const { patient } = await fullRecord();
    const counts = () => Object.fromEntries(allTables().map((table) => [table, rowCount(table)]));
    const before = counts();
    const wrong = await app.router(sender, 'patients.erase', {
      id: patient.id,
      confirmation: 'Zoë Novak',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!wrong.ok) expect(wrong.error.message).toContain('does not match');
    const empty = await app.router(sender, 'patients.erase', { id: patient.id, confirmation: ' ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!empty.ok) expect(empty.error.message).toContain("Type the patient's full name");
    expect(counts()).toEqual(before);
    expect(app.services.patients.get(patient.id).lastName).toBe('Łukasiewicz');
  });

  it('refuses while an email to the patient is with the mail server', async () => {
    const { patient } = await fullRecord();
    // What the sender does when it takes an email (outbox-sender claimNext).
    app.connection.sqlite.prepare("UPDATE outbox SET state = 'sending'").run();
    const result = await app.router(sender, 'patients.erase', {
      id: patient.id,
      confirmation: 'Zoë Łukasiewicz',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!result.ok) {
      expect(result.error.message).toContain('with the mail server');
      // An email can stay "sending" until the app is started again (the sender then sorts it).
      expect(result.error.message).toContain('restart Stride Clinic');
    }
    expect(rowCount('erasures')).toBe(0);
    expect(rowsOf('assessments', patient.id)).toHaveLength(2);
  });

  it('removes every row of the patient from every table, the search index included', async () => {
    const { patient, other, handoutId } = await fullRecord();
    exportFolder();
    await exportRecord(patient.id);
    // A handout made before, still kept in memory for saving, printing or emailing.
    expect(app.services.handouts.previewed(handoutId).patientId).toBe(patient.id);
    const otherBefore = Object.fromEntries(
      Object.keys(PER_PATIENT).map((table) => [table, rowsOf(table, other.id)]),
    );
    const recordIds = Object.keys(PER_PATIENT).flatMap((table) =>
      rowsOf(table, patient.id).flatMap((row) =>
        typeof row['id'] === 'string' ? [row['id']] : [],
      ),
    );
    expect(recordIds.length).toBeGreaterThan(10);

    // Opened once, so the audit trail holds entries about the patient before the erasure.
    expect(await app.router(sender, 'patients.get', { id: patient.id })).toMatchObject({
      ok: true,
    });
    expect(rowCount('audit_patient_refs')).toBeGreaterThan(0);

    const secureDelete = app.connection.sqlite.prepare('PRAGMA secure_delete').pluck().get();
    // Typed as a physio might: other case, no accents, extra spaces.
    const result = await app.router(sender, 'patients.erase', {
      id: patient.id,
      confirmation: '  zoe   LUKASIEWICZ ',
    });
    expect(result).toMatchObject({ ok: true });

    // Nothing names the patient anywhere: ids of every row, name (as stored and as indexed:
    // the FTS5 segments keep terms prefix-compressed, so the tail of the folded surname),
    // email and phone.
    const needles = [
      ...recordIds.map((id) => id.toLowerCase()),
      'łukasiewicz',
      'ukasiewicz',
      'runmail',
      'zoe.l@',
      patient.email!.toLowerCase(),
    ];
    for (const table of allTables()) {
      const rows = app.connection.sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<
        string,
        unknown
      >[];
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) {
          expect(mentions(value, needles), `${table}.${column}`).toBe(false);
        }
      }
    }
    expect(app.services.patients.search({ query: 'lukas', limit: 50 }).patients).toEqual([]);
    expect(app.services.patients.search({ query: 'runmail', limit: 50 }).patients).toEqual([]);
    expect(
      app.services.patients.search({ query: 'lukas', limit: 50, archived: true }).patients,
    ).toEqual([]);
    expect(await app.router(sender, 'patients.get', { id: patient.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // Nor in memory: the kept handout went with the record.
    expect(() => app.services.handouts.previewed(handoutId)).toThrow(NotFoundError);

    // The other patient is untouched, and found as before.
    for (const table of Object.keys(PER_PATIENT)) {
      expect(rowsOf(table, other.id), table).toEqual(otherBefore[table]);
    }
    expect(app.services.patients.search({ query: 'novak', limit: 50 }).patients).toHaveLength(1);
    expect(app.services.drafts.get('new-patient')).not.toBeNull();

    // Only that an erasure happened, and when.
    const log = app.connection.sqlite.prepare('SELECT * FROM erasures').all();
    expect(log).toEqual([
      {
        id: expect.any(String),
        erased_at: (result as { value: { erasedAt: string } }).value.erasedAt,
      },
    ]);
    expect(
      app.connection.sqlite.prepare('PRAGMA secure_delete').pluck().get(),
      'secure_delete is put back as it was',
    ).toBe(secureDelete);
    // The audit trail keeps its entries (it is append-only), naming nobody now; the erasure's
    // own entry says only that it happened, and the chain still checks out.
    const trail = app.services.audit.list(1, 200).entries;
    expect(trail.find((entry) => entry.action === 'viewed')).toMatchObject({
      patientName: null,
      patientErased: true,
    });
    expect(trail[0]).toMatchObject({ action: 'erased', patientName: null, patientErased: false });
    expect(app.services.audit.check().intact).toBe(true);
  });

  it('keeps no handout that was being made while the patient was erased', async () => {
    const { patient, program } = await fullRecord();
    const rendering = app.router(sender, 'handouts.render', {
      programId: program.id,
      version: 2,
      options: { nextAppointment: null, logWeeks: 4 },
    });
    app.services.erasure.erase(patient.id, 'Zoë Łukasiewicz');
    // Refused before it is kept: there is no handout to save, print or email afterwards.
    expect(await rendering).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: "This patient's record was erased." },
    });
    expect(rowCount('patients')).toBe(1);
  });

  it('saves and records nothing of an export that was being made while the patient was erased', async () => {
    for (const target of ['folder', 'download'] as const) {
      const { patient } = await fullRecord();
      const folder = exportFolder();
      if (target === 'download') chosen = { kind: 'download' };
      whileMakingSummary = () => app.services.erasure.erase(patient.id, 'Zoë Łukasiewicz');
      const result = await app.router(sender, 'patients.exportRecord', { id: patient.id });
      expect(result, target).toEqual({
        ok: false,
        error: { code: 'not-found', message: "This patient's record was erased." },
      });
      expect(readdirSync(folder), target).toEqual([]);
      expect(rowCount('record_exports'), target).toBe(0);
    }
  });

  it('survives a restart: the erased patient does not come back', async () => {
    const { patient } = await fullRecord();
    app.services.erasure.erase(patient.id, 'Zoë Łukasiewicz');
    await app.reopen();
    expect(app.services.patients.search({ query: 'lukas', limit: 50 }).patients).toEqual([]);
    expect(rowCount('erasures')).toBe(1);
    expect(rowCount('patients')).toBe(1);
  });
});
