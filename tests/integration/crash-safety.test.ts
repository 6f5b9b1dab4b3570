import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRASH_TEST_PHYSIO, type CommittedWrite } from '../support/crash-writes';
import { openTestDatabase, randomKey, temporaryDirectory } from '../support/temp-database';

/** Rounds of write-and-kill; STRIDE_CRASH_ROUNDS raises it when hunting a rare failure. */
const ROUNDS = Number(process.env['STRIDE_CRASH_ROUNDS'] ?? 30);
/** The longest the writer runs before it is killed, once its database is open. */
const LONGEST_RUN_MS = 250;
const WRITER = resolve(__dirname, '../support/crash-writer-child.cjs');

let folder: ReturnType<typeof temporaryDirectory>;
let key: Buffer;
beforeEach(() => {
  folder = temporaryDirectory('stride-crash-');
  key = randomKey();
});
afterEach(() => folder.remove());

interface Writer {
  /** Lets it open the database and write; resolves with every write it reported committed. */
  writeThenKill(runMs: number): Promise<CommittedWrite[]>;
  /** Stops a writer that was never told to go. */
  discard(): void;
}

/**
 * Starts a writer process, which loads the app's code and waits. Told to go, it opens the
 * database and writes until it is killed with SIGKILL `runMs` after its database is open
 * (a report line cut off by the kill is dropped).
 */
function startWriter(): Writer {
  const writer = spawn(process.execPath, [WRITER], {
    env: { ...process.env, STRIDE_TEST_FOLDER: folder.path, STRIDE_TEST_KEY: key.toString('hex') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  let killAfterMs: number | null = null;
  writer.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  writer.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const wasReady = output.includes('"ready"');
    output += chunk;
    if (!wasReady && output.includes('"ready"') && killAfterMs !== null) {
      setTimeout(() => writer.kill('SIGKILL'), killAfterMs);
    }
  });
  const exited = new Promise<NodeJS.Signals | number | null>((done, fail) => {
    writer.on('error', fail);
    writer.on('exit', (code, signal) => done(signal ?? code));
  });
  return {
    async writeThenKill(runMs) {
      killAfterMs = runMs;
      writer.stdin.end('go\n');
      const ending = await exited;
      if (ending !== 'SIGKILL')
        throw new Error(`The writer stopped on its own (${ending}): ${errors}`);
      return output
        .slice(0, output.lastIndexOf('\n') + 1)
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as CommittedWrite);
    },
    discard: () => writer.kill('SIGKILL'),
  };
}

const rows = <T>(sqlite: Database.Database, query: string): T[] =>
  sqlite.prepare(query).all() as T[];

/** Every committed write is there, whole; no visit is half signed. */
function checkAfterCrash(sqlite: Database.Database, committed: CommittedWrite[]): void {
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(sqlite.pragma('foreign_key_check')).toEqual([]);

  const patients = new Set(
    rows<{ id: string }>(sqlite, 'SELECT id FROM patients').map((r) => r.id),
  );
  const visits = new Map(
    rows<{ id: string; status: string; revision: number; note: string | null; by: string | null }>(
      sqlite,
      `SELECT id, status, revision, finalised_by AS by,
              json_extract(record, '$.subjective.trainingNotes') AS note FROM assessments`,
    ).map((visit) => [visit.id, visit]),
  );
  const signed = new Map(
    rows<{ id: string; kind: string; by: string; note: string | null }>(
      sqlite,
      `SELECT assessment_id AS id, kind, signed_by AS by,
              json_extract(record, '$.subjective.trainingNotes') AS note FROM assessment_versions`,
    ).map((version) => [version.id, version]),
  );
  const charted = new Set(
    rows<{ id: string }>(sqlite, 'SELECT assessment_id AS id FROM visit_findings').map((r) => r.id),
  );

  // What the writer was told is saved.
  const lastNote = new Map<string, string>();
  for (const write of committed) {
    if (write.kind === 'patient') {
      expect(patients.has(write.patientId), `committed patient ${write.patientId}`).toBe(true);
    }
    if (write.kind === 'started') {
      expect(visits.has(write.assessmentId), `committed visit ${write.assessmentId}`).toBe(true);
    }
    if (write.kind === 'saved') {
      lastNote.set(write.assessmentId, write.note);
      expect(visits.get(write.assessmentId)!.revision).toBeGreaterThanOrEqual(write.revision);
    }
    if (write.kind === 'finalised') {
      expect(visits.get(write.assessmentId)).toMatchObject({
        status: 'final',
        revision: write.revision,
        note: lastNote.get(write.assessmentId),
      });
    }
  }
  // No half-done transaction: a signed visit has its signed version and its chart row, a
  // draft has neither, and the signed version is the record as last saved.
  for (const visit of visits.values()) {
    if (visit.status === 'final') {
      expect(visit.by).toBe(CRASH_TEST_PHYSIO);
      expect(signed.get(visit.id), `signed visit ${visit.id} has no signed version`).toMatchObject({
        kind: 'finalised',
        note: visit.note,
      });
      expect(charted.has(visit.id), `signed visit ${visit.id} has no chart row`).toBe(true);
    } else {
      expect(signed.has(visit.id), `draft ${visit.id} has a signed version`).toBe(false);
      expect(charted.has(visit.id), `draft ${visit.id} has a chart row`).toBe(false);
    }
  }
  for (const id of [...signed.keys(), ...charted]) {
    expect(visits.has(id), `a signed version or chart row without its visit ${id}`).toBe(true);
  }
}

describe('crash safety', () => {
  it(`keeps every committed write, and no partial one, through ${ROUNDS} kills`, async () => {
    const committed: CommittedWrite[] = [];
    let next = startWriter();
    for (let round = 1; round <= ROUNDS; round++) {
      const writer = next;
      next = startWriter();
      const runMs = Math.floor(Math.random() * LONGEST_RUN_MS);
      try {
        committed.push(...(await writer.writeThenKill(runMs)));
      } catch (error) {
        next.discard();
        throw error;
      }
      const connection = await openTestDatabase(folder.path, key);
      try {
        checkAfterCrash(connection.sqlite, committed);
      } catch (error) {
        next.discard();
        throw new Error(`After round ${round} (killed ${runMs} ms in): ${String(error)}`);
      } finally {
        connection.close();
      }
    }
    next.discard();
    // The rounds did real work (a busy machine writes less before each kill).
    const finalised = committed.filter((write) => write.kind === 'finalised').length;
    expect(finalised).toBeGreaterThanOrEqual(ROUNDS / 3);
  }, 90_000);
});
