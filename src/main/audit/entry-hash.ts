import { createHash } from 'node:crypto';

/** The hash the first entry points back to: there is no entry before it. */
export const CHAIN_START = '0'.repeat(64);

/** An entry's fields that the hash covers: everything but the hash itself. */
export interface HashedEntryFields {
  sequence: number;
  at: string;
  practitionerId: string | null;
  practitionerName: string | null;
  action: string;
  subject: string;
  patientRef: string | null;
  note: string | null;
  previousHash: string;
}

/**
 * The entry's canonical form: its fields in a fixed order as a JSON array, so the same entry
 * always gives the same bytes whatever order the database returns columns in, and no field's
 * text can run into the next one's.
 */
export function canonicalEntry(entry: HashedEntryFields): string {
  return JSON.stringify([
    entry.sequence,
    entry.at,
    entry.practitionerId,
    entry.practitionerName,
    entry.action,
    entry.subject,
    entry.patientRef,
    entry.note,
    entry.previousHash,
  ]);
}

export function entryHash(entry: HashedEntryFields): string {
  return createHash('sha256').update(canonicalEntry(entry), 'utf8').digest('hex');
}
