import { randomBytes } from 'node:crypto';
import { count, desc, eq, gt, sql } from 'drizzle-orm';
import type { AuditAction, AuditCheck, AuditEntry, AuditPage } from '../../shared/domain/audit';
import { fullName } from '../../shared/domain/patient';
import type { AppDatabase } from '../db/connection';
import { auditEntries, auditPatientRefs, patients } from '../db/schema';
import type { Clock } from '../services/clock';
import { CHAIN_START, entryHash } from './entry-hash';

/** Who did it: the unlocked practitioner, or whoever tried to unlock. */
export interface AuditActor {
  id: string;
  name: string;
}

export interface NewAuditEntry {
  actor: AuditActor | null;
  action: AuditAction;
  /** What it was done to, in words: "patient record", "assessment", "program" … */
  subject: string;
  /** The patient the record belongs to; stored only as their random reference. */
  patientId?: string | null;
  note?: string | null;
}

type EntryRow = typeof auditEntries.$inferSelect;

const CHECK_BATCH = 1000;

/**
 * The append-only audit trail with its hash chain. Writing an entry and reading the last
 * hash happen in one transaction, so two entries can never point back at the same one.
 */
export function createAuditTrail(db: AppDatabase, clock: Clock) {
  /** The patient's reference, made on first use; null when the patient does not exist (any more). */
  function patientRef(patientId: string): string | null {
    const known = db
      .select({ ref: auditPatientRefs.ref })
      .from(auditPatientRefs)
      .where(eq(auditPatientRefs.patientId, patientId))
      .get();
    if (known) return known.ref;
    const ref = randomBytes(16).toString('hex');
    const added = db.run(
      sql`INSERT INTO audit_patient_refs (patient_id, ref)
          SELECT ${patientId}, ${ref} WHERE EXISTS (SELECT 1 FROM patients WHERE id = ${patientId})`,
    );
    return added.changes > 0 ? ref : null;
  }

  function patientLabel(firstName: string | null, lastName: string | null): string | null {
    return firstName === null || lastName === null ? null : fullName({ firstName, lastName });
  }

  /** Every entry, oldest first, with the patient's name where the patient still exists. */
  function readable() {
    return db
      .select({
        entry: auditEntries,
        firstName: patients.firstName,
        lastName: patients.lastName,
      })
      .from(auditEntries)
      .leftJoin(auditPatientRefs, eq(auditPatientRefs.ref, auditEntries.patientRef))
      .leftJoin(patients, eq(patients.id, auditPatientRefs.patientId));
  }

  function toEntry(row: {
    entry: EntryRow;
    firstName: string | null;
    lastName: string | null;
  }): AuditEntry {
    const patientName = patientLabel(row.firstName, row.lastName);
    return {
      sequence: row.entry.sequence,
      at: row.entry.at,
      practitionerName: row.entry.practitionerName,
      action: row.entry.action as AuditAction,
      subject: row.entry.subject,
      patientName,
      patientErased: row.entry.patientRef !== null && patientName === null,
      note: row.entry.note,
    };
  }

  /** Every stored entry, oldest first, read a batch at a time so a long trail fits in memory. */
  function* inOrder(): Generator<EntryRow> {
    let after = -1;
    for (;;) {
      const batch = db
        .select()
        .from(auditEntries)
        .where(gt(auditEntries.sequence, after))
        .orderBy(auditEntries.sequence)
        .limit(CHECK_BATCH)
        .all();
      yield* batch;
      if (batch.length < CHECK_BATCH) return;
      after = batch[batch.length - 1]!.sequence;
    }
  }

  function record(entry: NewAuditEntry): void {
    db.transaction(() => {
      const last = db
        .select({ sequence: auditEntries.sequence, hash: auditEntries.hash })
        .from(auditEntries)
        .orderBy(desc(auditEntries.sequence))
        .limit(1)
        .get();
      const fields = {
        sequence: (last?.sequence ?? 0) + 1,
        at: clock.nowIso(),
        practitionerId: entry.actor?.id ?? null,
        practitionerName: entry.actor?.name ?? null,
        action: entry.action,
        subject: entry.subject,
        patientRef: entry.patientId ? patientRef(entry.patientId) : null,
        note: entry.note ?? null,
        previousHash: last?.hash ?? CHAIN_START,
      };
      db.insert(auditEntries)
        .values({ ...fields, hash: entryHash(fields) })
        .run();
    });
  }

  /** Undoes what the call wrote since the savepoint, and ends it. */
  function undoCall(): void {
    db.run(sql.raw('ROLLBACK TO audited_call'));
    db.run(sql.raw('RELEASE audited_call'));
  }

  return {
    record,

    /**
     * Runs a call and records its entry. A synchronous call (most writes) and its entry commit
     * together in one savepoint, so no crash or failure between them leaves a change without
     * its entry, or an entry without its change. An asynchronous call (a PDF, an email, an
     * unlock) commits its own writes as it goes and is recorded once it has finished.
     */
    recordCall<T>(
      call: () => T | Promise<T>,
      entryFor: (output: T) => NewAuditEntry | null,
      options: { together: boolean } = { together: true },
    ): T | Promise<T> {
      if (!options.together) {
        const done = call();
        const recordAfter = (output: T) => {
          const entry = entryFor(output);
          if (entry) record(entry);
          return output;
        };
        return done instanceof Promise ? done.then(recordAfter) : recordAfter(done);
      }
      db.run(sql.raw('SAVEPOINT audited_call'));
      let output: T | Promise<T>;
      try {
        output = call();
      } catch (error) {
        undoCall();
        throw error;
      }
      if (output instanceof Promise) {
        db.run(sql.raw('RELEASE audited_call'));
        return output.then((done) => {
          const entry = entryFor(done);
          if (entry) record(entry);
          return done;
        });
      }
      try {
        const entry = entryFor(output);
        if (entry) record(entry);
      } catch (error) {
        undoCall();
        throw error;
      }
      db.run(sql.raw('RELEASE audited_call'));
      return output;
    },

    /** Newest first, a page at a time. */
    list(page: number, pageSize: number): AuditPage {
      const total = db.select({ total: count() }).from(auditEntries).get()?.total ?? 0;
      const entries = readable()
        .orderBy(desc(auditEntries.sequence))
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .all()
        .map(toEntry);
      return { entries, total };
    },

    /** Every entry, oldest first, for an export. */
    all(): AuditEntry[] {
      return readable().orderBy(auditEntries.sequence).all().map(toEntry);
    },

    /**
     * Walks the chain from the first entry: each must follow the one before (no number
     * missing), point at its hash, and hash to what it stores. The first that does not is
     * named; the entries before it are as they were written.
     */
    check(): AuditCheck {
      let previousHash = CHAIN_START;
      let expectedSequence = 1;
      let checked = 0;
      for (const entry of inOrder()) {
        const matches =
          entry.sequence === expectedSequence &&
          entry.previousHash === previousHash &&
          entry.hash === entryHash(entry);
        if (!matches) {
          return {
            intact: false,
            checked,
            firstBroken: { sequence: entry.sequence, at: entry.at },
            message: `Entry ${entry.sequence} does not match what was written: it, or an entry just before it, was changed or removed outside Stride Clinic. The ${checked} entries before it are as they were written.`,
          };
        }
        previousHash = entry.hash;
        expectedSequence += 1;
        checked += 1;
      }
      return {
        intact: true,
        checked,
        firstBroken: null,
        message:
          checked === 0
            ? 'The audit trail is empty so far.'
            : `All ${checked} entries are as they were written: none was changed or removed.`,
      };
    },
  };
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;
