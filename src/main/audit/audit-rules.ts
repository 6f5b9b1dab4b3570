import type { AuditAction } from '../../shared/domain/audit';
import type { MethodOutput, ParsedInput } from '../../shared/ipc/contract';
import type { IpcMethod } from '../../shared/ipc/methods';
import type { PatientLookup } from './patient-of';

/** A method whose successful calls add an entry to the audit trail. */
export interface Audited<M extends IpcMethod> {
  action: AuditAction;
  /** What it is done to, as the trail shows it. */
  subject: string;
  /** The patient, found before the call (the row may be gone after it, as a discarded draft). */
  patientBefore?(input: ParsedInput<M>, find: PatientLookup): string | null;
  /** The patient, from the call's answer. */
  patientAfter?(output: MethodOutput<M>): string | null;
  /** A few words more. Never free text the physio typed, nor paths: they may name the patient. */
  note?(input: ParsedInput<M>, output: MethodOutput<M>): string | null;
  /** An answer that means nothing happened (a dialog cancelled): no entry. */
  skip?(output: MethodOutput<M>): boolean;
  /**
   * Why this call must commit on its own before its entry is written, instead of together
   * with it (see AuditTrail.recordCall).
   */
  commitsOnItsOwn?: string;
}

/** A method left out of the trail on purpose, with the reason. */
export interface NotAudited {
  notAudited: string;
}

export type AuditRule<M extends IpcMethod> = Audited<M> | NotAudited;

const PATIENT_PAGE =
  "Read as part of the patient's page; opening the patient's record is recorded (patients.get).";
const NO_PATIENT_DATA = 'Clinic-wide information with nothing about any patient.';
const LOCK_RECORDS_ITSELF =
  'The lock session records unlocking, failed unlocking and locking itself (lock-session.ts).';
const BEFORE_OPEN =
  'Answered by the start-up gate before the patient database is open: there is no trail to write to yet, and no practitioner has unlocked.';
const TRAIL_READ = 'Reading the audit trail does not add to it.';

/**
 * The one place that says what each method leaves in the audit trail. Every method of the
 * contract must be here (the type says so, and tests/unit/audit-rules.test.ts checks the
 * reasons), so a new method cannot be forgotten.
 */
export const AUDIT_RULES: { [M in IpcMethod]: AuditRule<M> } = {
  'app.info': { notAudited: 'Shows the app version and data folder; nothing about patients.' },
  'startup.status': { notAudited: BEFORE_OPEN },
  'startup.setUp': { notAudited: BEFORE_OPEN },
  'startup.unlock': { notAudited: BEFORE_OPEN },
  'startup.recover': { notAudited: BEFORE_OPEN },
  'startup.restoreBackup': { notAudited: BEFORE_OPEN },
  // The key change closes this database and opens it again under the new key, so an entry
  // written after the call would go to a closed connection (see startup-gate.ts rotateKey).
  'security.rotateKey': {
    notAudited:
      'Recorded after the change by the lock session, on the database opened under the new key.',
  },
  'security.changePassphrase': { action: 'changed', subject: 'clinic passphrase' },
  'patients.search': {
    notAudited:
      "Lists names to choose from while searching; opening a patient's record is recorded (patients.get).",
  },
  'patients.get': {
    action: 'viewed',
    subject: 'patient record',
    patientBefore: (input) => input.id,
  },
  'patients.create': {
    action: 'created',
    subject: 'patient record',
    patientAfter: (output) => output.id,
  },
  'patients.update': {
    action: 'changed',
    subject: 'patient details',
    patientBefore: (input) => input.id,
  },
  'patients.archive': {
    action: 'archived',
    subject: 'patient record',
    patientBefore: (input) => input.id,
  },
  'patients.restore': {
    action: 'restored',
    subject: 'patient record',
    patientBefore: (input) => input.id,
  },
  'patients.exportRecord': {
    action: 'exported',
    subject: 'whole patient record',
    patientBefore: (input) => input.id,
    note: (_input, output) => (output.kind === 'saved' ? 'saved to a folder' : 'downloaded'),
    skip: (output) => output.kind === 'cancelled',
  },
  // Only that an erasure happened, and when: the entry must not name the erased patient.
  'patients.erase': {
    action: 'erased',
    subject: 'patient record',
    commitsOnItsOwn:
      'Erasure empties the write-ahead log once its deletion is committed, so no old copy of the record stays in it; that cannot happen inside a wider transaction.',
  },
  'drafts.get': {
    notAudited: 'Brings back what was typed in a form but not saved yet; saving it is recorded.',
  },
  'drafts.save': {
    notAudited: 'Keeps what is typed in a form until it is saved; the save itself is recorded.',
  },
  'drafts.discard': { notAudited: 'Drops unsaved typing; nothing of the record changes.' },
  'episodes.list': { notAudited: PATIENT_PAGE },
  'assessments.start': {
    action: 'created',
    subject: 'assessment',
    patientAfter: (output) => output.patientId,
  },
  'assessments.get': {
    action: 'viewed',
    subject: 'assessment',
    patientAfter: (output) => output.patientId,
  },
  'assessments.forPatient': { notAudited: PATIENT_PAGE },
  'assessments.saveDraft': {
    notAudited:
      'Autosaves an unsigned draft while the physio types; starting the visit and signing it are recorded.',
  },
  'assessments.finalise': {
    action: 'signed',
    subject: 'assessment',
    patientAfter: (output) => output.patientId,
  },
  'assessments.amend': {
    action: 'signed',
    subject: 'amendment to an assessment',
    patientAfter: (output) => output.patientId,
  },
  'assessments.versions': {
    notAudited: "Read with the visit's page; opening the visit is recorded (assessments.get).",
  },
  'assessments.discardDraft': {
    action: 'changed',
    subject: 'assessment',
    patientBefore: (input, find) => find.ofAssessment(input.id),
    note: () => 'unsigned draft discarded',
  },
  'patients.timeline': { notAudited: PATIENT_PAGE },
  'assessments.progress': { notAudited: PATIENT_PAGE },
  'assessments.compare': { notAudited: PATIENT_PAGE },
  'settings.getClinical': { notAudited: NO_PATIENT_DATA },
  'settings.updateClinical': { action: 'changed', subject: 'clinical thresholds' },
  'settings.getClinic': { notAudited: NO_PATIENT_DATA },
  'settings.updateClinic': { action: 'changed', subject: 'clinic details' },
  'programs.forPatient': { notAudited: PATIENT_PAGE },
  'programs.get': {
    action: 'viewed',
    subject: 'home program',
    patientAfter: (output) => output.patientId,
  },
  'programs.create': {
    action: 'created',
    subject: 'home program',
    patientAfter: (output) => output.patientId,
  },
  'programs.saveVersion': {
    action: 'changed',
    subject: 'home program',
    patientAfter: (output) => output.patientId,
    note: (_input, output) => `version ${output.latestVersion} saved`,
  },
  'customExercises.list': { notAudited: NO_PATIENT_DATA },
  'customExercises.create': { action: 'created', subject: 'clinic exercise' },
  'customExercises.update': { action: 'changed', subject: 'clinic exercise' },
  'customExercises.photo': { notAudited: NO_PATIENT_DATA },
  'handouts.render': {
    action: 'created',
    subject: 'handout',
    patientBefore: (input, find) => find.ofProgram(input.programId),
  },
  'handouts.save': {
    action: 'exported',
    subject: 'handout',
    patientAfter: (output) => output?.patientId ?? null,
    note: (_input, output) => (output?.path ? 'saved as a file' : 'downloaded'),
    skip: (output) => output === null,
  },
  'handouts.recordPrint': {
    action: 'exported',
    subject: 'handout',
    patientAfter: (output) => output.patientId,
    note: () => 'printed',
  },
  'handouts.forProgram': {
    notAudited: "Lists the handouts given, on the program's page, whose opening is recorded.",
  },
  'mail.getSettings': { notAudited: NO_PATIENT_DATA },
  'mail.updateSettings': { action: 'changed', subject: 'mail settings' },
  'mail.sendTest': {
    notAudited: "A test email to the clinic's own address, with nothing about any patient.",
  },
  'mail.draftFor': {
    notAudited: 'Fills the compose form from the record; sending the email is recorded.',
  },
  'mail.queue': {
    action: 'emailed',
    subject: 'handout',
    patientAfter: (output) => output.patientId,
  },
  'mail.openInMailApp': {
    action: 'exported',
    subject: 'handout email draft',
    patientBefore: (input, find) => find.ofHandout(input.email.handoutId),
    note: () => 'for the mail program',
  },
  'mail.forPatient': { notAudited: PATIENT_PAGE },
  'mail.attachment': {
    action: 'viewed',
    subject: 'emailed handout',
    patientBefore: (input, find) => find.ofEmail(input.id),
  },
  'mail.retry': {
    action: 'emailed',
    subject: 'handout',
    patientAfter: (output) => output.patientId,
    note: () => 'sent again',
  },
  'backups.status': { notAudited: 'Lists backup files by date and size; nothing about patients.' },
  // A backup copies every record, so making one by hand is recorded like an export.
  'backups.backUpNow': {
    action: 'exported',
    subject: 'backup of all records',
    skip: (output) => !output.ok,
  },
  'backups.chooseFolder': { action: 'changed', subject: 'backup folder' },
  'backups.setFolder': { action: 'changed', subject: 'backup folder' },
  'backups.check': {
    notAudited: 'Checks that a backup opens and is whole; shows only how many patients it holds.',
  },
  // Recorded in the database being replaced, which is kept aside whole after the restore.
  'backups.restore': {
    action: 'restored',
    subject: 'database from a backup',
    note: (input) => input.fileName,
  },
  'backups.cancelRestore': {
    action: 'changed',
    subject: 'restore from backup',
    note: () => 'withdrawn',
  },
  'lock.status': { notAudited: 'Only asks whether the app is locked.' },
  'lock.unlock': { notAudited: LOCK_RECORDS_ITSELF },
  'lock.lock': { notAudited: LOCK_RECORDS_ITSELF },
  'lock.activity': { notAudited: 'Only tells main the practitioner is still working.' },
  'practitioners.forLockScreen': {
    notAudited: 'The names the lock screen offers; nothing about patients.',
  },
  'practitioners.createFirst': { notAudited: LOCK_RECORDS_ITSELF },
  'practitioners.list': { notAudited: NO_PATIENT_DATA },
  'practitioners.create': {
    action: 'created',
    subject: 'practitioner account',
    note: (_input, output) => output.name,
  },
  'practitioners.update': {
    action: 'changed',
    subject: 'practitioner account',
    note: (_input, output) => output.name,
  },
  'practitioners.changeSecret': {
    action: 'changed',
    subject: 'practitioner account',
    note: (_input, output) =>
      `${output.name}: new ${output.secretKind === 'pin' ? 'PIN' : 'password'}`,
  },
  'practitioners.setActive': {
    action: 'changed',
    subject: 'practitioner account',
    note: (_input, output) => `${output.name}: ${output.active ? 'reactivated' : 'deactivated'}`,
  },
  'settings.getLock': { notAudited: NO_PATIENT_DATA },
  'settings.updateLock': {
    action: 'changed',
    subject: 'lock settings',
    note: (_input, output) => `locks after ${output.idleMinutes} minutes without use`,
  },
  'audit.list': { notAudited: TRAIL_READ },
  'audit.check': { notAudited: TRAIL_READ },
  'audit.export': {
    action: 'exported',
    subject: 'audit trail',
    note: (_input, output) => (output.kind === 'saved' ? 'saved to a folder' : 'downloaded'),
    skip: (output) => output.kind === 'cancelled',
  },
};

export function isAudited<M extends IpcMethod>(rule: AuditRule<M>): rule is Audited<M> {
  return !('notAudited' in rule);
}
