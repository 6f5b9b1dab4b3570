import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { setBackupFolder } from '../../src/main/backups/backup-folder';
import { contract } from '../../src/shared/ipc/contract';
import { IPC_METHODS, type IpcMethod } from '../../src/shared/ipc/methods';
import type { IpcResult } from '../../src/shared/ipc/result';
import { databaseDigest } from '../support/database-digest';
import { samplePatient } from '../support/sample-patients';
import { sampleFor } from '../support/schema-samples';
import { randomKey, temporaryDirectory } from '../support/temp-database';
import { openTestApp, type TestApp } from '../support/test-app';
import { unlockAsTestPractitioner } from '../support/test-practitioner';

/** Payloads per method; with ~80 methods, several thousand calls in all. */
const RUNS_PER_METHOD = Number(process.env['STRIDE_FUZZ_RUNS'] ?? 60);
const appWindow = { url: 'file:///app/index.html#/patients', mainFrame: true };
const methods = Object.keys(contract) as IpcMethod[];

let folder: ReturnType<typeof temporaryDirectory>;
let app: TestApp;
/** Real record ids, so broken payloads also reach records that exist. */
let ids: string[];

beforeAll(async () => {
  folder = temporaryDirectory('stride-fuzz-');
  app = await openTestApp(folder.path, randomKey());
  const patient = app.services.patients.create(samplePatient());
  const visit = app.services.assessments.start(patient.id, {
    complaint: 'Lateral hip pain',
    side: 'left',
    startedOn: null,
  });
  const redFlags = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, 'no' as const]));
  const saved = app.services.assessments.saveDraft(visit.id, visit.revision, {
    ...visit.record,
    redFlags,
  });
  app.services.assessments.finalise(visit.id, saved.revision, 'Jo Physio');
  ids = [patient.id, visit.id, visit.episode.id];
});
afterAll(async () => {
  await app.services.outbox.stop();
  app.connection.close();
  folder.remove();
});

/** An object with an own key of any name, "__proto__" included (as JSON.parse makes them). */
function withOwnKey(target: object, key: string, value: unknown): object {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

function nested(depth: number, kind: 'object' | 'array'): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = kind === 'object' ? { a: value } : [value];
  return value;
}

const HUGE = 1_000_000;
/** Values no form sends: wrong kinds, huge and deep ones, prototype tricks. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
    withObjectString: true,
  }),
  fc.constantFrom(
    undefined,
    null,
    NaN,
    Infinity,
    -Infinity,
    -0,
    2 ** 53,
    -1,
    0.5,
    '',
    ' ',
    '\u0000',
    'x'.repeat(HUGE),
    `${'a'.repeat(HUGE)}@`,
    `${'0'.repeat(HUGE)}!`,
    '2026-13-45',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    "'; DROP TABLE patients; --",
    [],
    {},
    nested(5_000, 'object'),
    nested(5_000, 'array'),
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    { constructor: { prototype: { polluted: 'yes' } } },
  ),
);

type PathStep = string | number;

/** Every place in a sample value a broken part can go, the whole value included. */
function pathsIn(value: unknown, path: PathStep[] = []): PathStep[][] {
  if (Array.isArray(value)) {
    return [path, ...value.flatMap((item, index) => pathsIn(item, [...path, index]))];
  }
  if (value !== null && typeof value === 'object') {
    return [path, ...Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...path, key]))];
  }
  return [path];
}

/** A copy of `value` with the part at `path` changed by `change` (no change to the original). */
function changedAt(value: unknown, path: PathStep[], change: (part: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    return value.map((item, index) => (index === step ? changedAt(item, rest, change) : item));
  }
  const record = value as Record<string, unknown>;
  return withOwnKey(record, String(step), changedAt(record[String(step)], rest, change));
}

const REMOVED = Symbol('removed');
function withoutRemoved(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== REMOVED)
      .map(([key, item]) => [key, withoutRemoved(item)]),
  );
}

/** The method's own shape with one part broken: a wrong value, a missing or an extra key. */
function brokenSample(method: IpcMethod): fc.Arbitrary<unknown> {
  const sample = sampleFor(contract[method].input, ids);
  const paths = pathsIn(sample);
  const objectPaths = paths.filter((path) => {
    const part = path.reduce<unknown>((at, step) => (at as Record<string, unknown>)[step], sample);
    return part !== null && typeof part === 'object' && !Array.isArray(part);
  });
  const wrongValue = fc
    .tuple(fc.constantFrom(...paths), badValue)
    .map(([path, bad]) => changedAt(sample, path, () => bad));
  const keyPaths = paths.filter((path) => typeof path.at(-1) === 'string');
  const missingKey = () =>
    fc
      .constantFrom(...keyPaths)
      .map((path) => withoutRemoved(changedAt(sample, path, () => REMOVED)));
  const extraKey = fc
    .tuple(
      fc.constantFrom(...(objectPaths.length > 0 ? objectPaths : [[]])),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'extra',
        'k'.repeat(HUGE),
      ),
      badValue,
    )
    .map(([path, key, bad]) =>
      changedAt(sample, path, (part) => withOwnKey(Object(part), key, bad)),
    );
  return fc.oneof(wrongValue, extraKey, ...(keyPaths.length > 0 ? [missingKey()] : []));
}

/**
 * The audit trail is the one place a refused call may write: a wrong PIN or password is
 * noted there on purpose. Everything else is compared whole.
 */
const AUDIT_TABLE = 'audit_entries';

function hasAuditTrail(): boolean {
  return (
    app.connection.sqlite
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")
      .get(AUDIT_TABLE) !== undefined
  );
}

function databaseState(): { records: string; lastAudit: number } {
  const lastAudit = hasAuditTrail()
    ? ((
        app.connection.sqlite.prepare(`SELECT max(sequence) AS last FROM ${AUDIT_TABLE}`).get() as {
          last: number | null;
        }
      ).last ?? 0)
    : 0;
  // Likewise a wrong PIN is counted (kept among the clinic settings) on purpose.
  const settings = JSON.stringify(
    app.connection.sqlite
      .prepare("SELECT * FROM clinic_settings WHERE key <> 'unlock-wrong-tries' ORDER BY key")
      .all(),
  );
  const records = databaseDigest(app.connection.sqlite, [AUDIT_TABLE, 'clinic_settings']);
  return { records: `${records} ${settings}`, lastAudit };
}

/** The kinds of audit entry written after entry `sequence`. */
function auditedSince(sequence: number): string[] {
  if (!hasAuditTrail()) return [];
  const rows = app.connection.sqlite
    .prepare(`SELECT DISTINCT action FROM ${AUDIT_TABLE} WHERE sequence > ?`)
    .all(sequence) as { action: string }[];
  return rows.map((row) => row.action);
}

const REFUSAL_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'locked',
  'not-open',
  'unknown-method',
];

/** A refusal a physio could read: a short plain sentence, nothing from the code's insides. */
function expectReadableRefusal(result: IpcResult<unknown>, what: string): void {
  expect(result.ok, what).toBe(false);
  if (result.ok) return;
  expect(REFUSAL_CODES, `${what}: ${result.error.code} ${result.error.message}`).toContain(
    result.error.code,
  );
  const { message } = result.error;
  expect(typeof message, what).toBe('string');
  expect(message.length, `${what}: ${message.slice(0, 300)}`).toBeLessThanOrEqual(1_500);
  expect(message, what).toMatch(/^[A-Z].*[.!?]$/s);
  expect(message, what).not.toMatch(/\[object |Symbol\(|\n\s+at |Error:|_zod|\$\{/);
}

describe('the IPC boundary under random and malformed payloads', () => {
  it('covers every method of the contract', () => {
    expect(new Set(methods)).toEqual(new Set(IPC_METHODS));
  });

  it.each(methods)(
    '%s: never throws, refuses bad input in words, changes nothing',
    async (method) => {
      const payload = fc.oneof(
        { arbitrary: badValue, weight: 2 },
        { arbitrary: brokenSample(method), weight: 3 },
      );
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          const before = databaseState();
          const result = (await app.router(appWindow, method, input)) as IpcResult<unknown>;
          expect(typeof result.ok, 'an envelope').toBe('boolean');
          expect(({} as Record<string, unknown>)['polluted'], 'Object.prototype polluted').toBe(
            undefined,
          );
          if (result.ok) {
            // A payload that happens to be valid did its work; carry on from there, unlocked.
            // A valid folder may be any writable one ("/" when run as root): put the clinic's
            // backups back in the test's own folder, so no later call writes outside it.
            if (method === 'backups.setFolder') setBackupFolder(folder.path, null);
            if (app.services.lock.refusal('patients.search')) {
              await unlockAsTestPractitioner(app.services);
            }
            return;
          }
          expectReadableRefusal(result, method);
          const after = databaseState();
          expect(after.records, `${method} refused but wrote`).toBe(before.records);
          expect(auditedSince(before.lastAudit), `${method} refused but audited`).toEqual(
            after.lastAudit > before.lastAudit ? ['unlock-failed'] : [],
          );
        }),
        { numRuns: RUNS_PER_METHOD },
      );
    },
  );
});
