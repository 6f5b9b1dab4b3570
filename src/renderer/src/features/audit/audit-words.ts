import type { AuditAction, AuditEntry } from '../../../../shared/domain/audit';

const ACTION_WORDS: Record<AuditAction, string> = {
  viewed: 'Viewed',
  created: 'Created',
  changed: 'Changed',
  signed: 'Signed',
  exported: 'Exported',
  emailed: 'Emailed',
  archived: 'Archived',
  restored: 'Restored',
  erased: 'Erased',
  unlocked: 'Unlocked',
  'unlock-failed': 'Failed to unlock',
  locked: 'Locked',
};

/** "Signed assessment", "Failed to unlock Stride Clinic". */
export function describeAction(entry: AuditEntry): string {
  return `${ACTION_WORDS[entry.action]} ${entry.subject}`;
}

/** The patient column: the name while the patient exists. */
export function describePatient(entry: AuditEntry): string {
  if (entry.patientName) return entry.patientName;
  return entry.patientErased ? 'A patient since erased' : '—';
}
