import { z } from 'zod';
import {
  patientIdSchema,
  patientInputSchema,
  patientSchema,
  patientSummarySchema,
} from '../domain/patient';
import { eraseInputSchema, erasedSchema, exportedRecordSchema } from '../domain/patient-record';
import { clinicalSettingsSchema } from '../clinical/settings';
import { clinicProfileSchema } from '../domain/clinic-profile';
import {
  amendmentInputSchema,
  assessmentRecordSchema,
  assessmentSchema,
  assessmentSummarySchema,
  assessmentVersionSchema,
} from '../domain/assessment';
import { episodeSchema, newEpisodeSchema } from '../domain/episode';
import {
  customExercisePhotoSchema,
  customExerciseInputSchema,
  customExerciseSchema,
} from '../domain/custom-exercise';
import { programContentSchema, programSchema, programSummarySchema } from '../domain/program';
import {
  handoutExportSchema,
  handoutOptionsSchema,
  renderedHandoutSchema,
} from '../domain/handout';
import {
  emailDraftSchema,
  emailRecordSchema,
  mailAppDraftSchema,
  mailSettingsInputSchema,
  mailSettingsSchema,
  mailTestResultSchema,
  outgoingEmailSchema,
} from '../domain/mail';
import { measureComparisonSchema, progressSeriesSchema } from '../clinical/progress';
import { timelineEpisodeSchema } from '../domain/timeline';
import {
  backupCheckSchema,
  backupFileNameSchema,
  backupFolderInputSchema,
  backupResultSchema,
  backupStatusSchema,
  restoreOutcomeSchema,
} from '../domain/backups';
import {
  lockScreenPractitionerSchema,
  lockSettingsSchema,
  lockStateSchema,
  practitionerDetailsSchema,
  practitionerSchema,
  unlockSecretSchema,
} from '../domain/practitioner';
import {
  AUDIT_PAGE_SIZE_MAX,
  auditCheckSchema,
  auditExportSchema,
  auditPageSchema,
} from '../domain/audit';
import {
  changePassphraseInputSchema,
  enteredPassphraseSchema,
  newRecoveryKeySchema,
  recoverInputSchema,
  setUpInputSchema,
  startupStatusSchema,
} from '../domain/database-keys';
import type { IpcMethod } from './methods';
import type { IpcResult } from './result';

/** The version of a record a change was made to (see the services' conflict checks). */
const revision = z.number().int().min(1);

/** A program as the page saves it: who saves it is the unlocked practitioner, known in main. */
const savedProgramContent = programContentSchema.omit({ savedBy: true });

const noInput = z.object({}).strict().default({});
const practitionerId = z.uuid({ error: 'Choose a practitioner' });

/** Names a form whose unsaved input is kept: "new-patient", "patient:<id>". */
const formKeySchema = z.string().regex(/^[a-z-]+(:[0-9a-f-]{36})?$/, 'Not a known form');

/**
 * The one contract between renderer and main: each method's input schema (parsed by the main
 * router on every call) and output schema (the type the renderer receives).
 */
export const contract = {
  'app.info': {
    input: z.object({}).strict().default({}),
    output: z.object({
      version: z.string(),
      dataDirectory: z.string(),
      mode: z.enum(['desktop', 'preview']),
    }),
  },
  /** Where the patient database stands at start-up; answered before it is open. */
  'startup.status': { input: z.object({}).strict().default({}), output: startupStatusSchema },
  /** First run: makes and seals the key; the recovery key comes back once. */
  'startup.setUp': { input: setUpInputSchema, output: newRecoveryKeySchema },
  'startup.unlock': {
    input: z.object({ passphrase: enteredPassphraseSchema }).strict(),
    output: startupStatusSchema,
  },
  'startup.recover': { input: recoverInputSchema, output: startupStatusSchema },
  /** A damaged database: the newest good backup goes in its place. */
  'startup.restoreBackup': {
    input: z.object({}).strict().default({}),
    output: startupStatusSchema,
  },
  /** A new database key and recovery key; the passphrase is asked again in passphrase mode. */
  'security.rotateKey': {
    input: z.object({ passphrase: enteredPassphraseSchema.optional() }).strict().default({}),
    output: newRecoveryKeySchema,
  },
  'security.changePassphrase': { input: changePassphraseInputSchema, output: z.null() },
  'patients.search': {
    input: z
      .object({
        query: z.string().max(200, 'Search text can be at most 200 characters').default(''),
        limit: z.number().int().min(1).max(200).default(50),
        /** Search the archived patients instead of the active ones. */
        archived: z.boolean().default(false),
      })
      .strict(),
    output: z.object({
      patients: z.array(patientSummarySchema),
      /** True when more patients match than were returned: the list asks to type more. */
      more: z.boolean(),
    }),
  },
  'patients.get': {
    input: z.object({ id: patientIdSchema }).strict(),
    output: patientSchema,
  },
  'patients.create': {
    input: z.object({ patient: patientInputSchema }).strict(),
    output: patientSchema,
  },
  'patients.update': {
    input: z
      .object({
        id: patientIdSchema,
        revision: z.number().int().min(1),
        patient: patientInputSchema,
      })
      .strict(),
    output: patientSchema,
  },
  'patients.archive': {
    input: z.object({ id: patientIdSchema, revision }).strict(),
    output: patientSchema,
  },
  'patients.restore': {
    input: z.object({ id: patientIdSchema, revision }).strict(),
    output: patientSchema,
  },
  'patients.exportRecord': {
    input: z.object({ id: patientIdSchema }).strict(),
    output: exportedRecordSchema,
  },
  'patients.erase': {
    /** The patient's full name as typed by the physio, to confirm. */
    input: eraseInputSchema.extend({ id: patientIdSchema }).strict(),
    output: erasedSchema,
  },
  'drafts.get': {
    input: z.object({ formKey: formKeySchema }).strict(),
    output: z.object({ payload: z.unknown(), savedAt: z.iso.datetime() }).nullable(),
  },
  'drafts.save': {
    input: z
      .object({
        formKey: formKeySchema,
        payload: z
          .json()
          .refine((payload) => JSON.stringify(payload).length <= 256_000, 'The draft is too large'),
      })
      .strict(),
    output: z.object({ savedAt: z.iso.datetime() }),
  },
  'drafts.discard': {
    input: z.object({ formKey: formKeySchema }).strict(),
    output: z.null(),
  },
  'episodes.list': {
    input: z.object({ patientId: patientIdSchema }).strict(),
    output: z.array(episodeSchema),
  },
  'assessments.start': {
    input: z
      .object({
        patientId: patientIdSchema,
        episode: z.union([z.object({ episodeId: z.uuid() }).strict(), newEpisodeSchema.strict()]),
        /** A follow-up: the signed visit whose tests and set-up are carried forward. */
        startFrom: z
          .object({
            assessmentId: z.uuid({ error: 'Choose a signed visit to start the follow-up from' }),
          })
          .strict()
          .optional(),
      })
      .strict(),
    output: assessmentSchema,
  },
  'assessments.get': {
    input: z.object({ id: z.uuid() }).strict(),
    output: assessmentSchema,
  },
  'assessments.forPatient': {
    input: z.object({ patientId: patientIdSchema }).strict(),
    output: z.array(assessmentSummarySchema),
  },
  'assessments.saveDraft': {
    input: z.object({ id: z.uuid(), revision, record: assessmentRecordSchema }).strict(),
    output: z.object({ revision: z.number().int(), updatedAt: z.iso.datetime() }),
  },
  'assessments.finalise': {
    // Signed as the unlocked practitioner (main knows who): the page sends no name.
    input: z.object({ id: z.uuid(), revision }).strict(),
    output: assessmentSchema,
  },
  'assessments.amend': {
    input: amendmentInputSchema
      .omit({ signedBy: true })
      .extend({ id: z.uuid(), revision, record: assessmentRecordSchema })
      .strict(),
    output: assessmentSchema,
  },
  'assessments.versions': {
    input: z.object({ id: z.uuid() }).strict(),
    output: z.array(assessmentVersionSchema),
  },
  'assessments.discardDraft': {
    input: z.object({ id: z.uuid(), revision }).strict(),
    output: z.null(),
  },
  'patients.timeline': {
    input: z.object({ patientId: patientIdSchema }).strict(),
    output: z.array(timelineEpisodeSchema),
  },
  'assessments.progress': {
    input: z.object({ patientId: patientIdSchema }).strict(),
    output: z.array(progressSeriesSchema),
  },
  'assessments.compare': {
    input: z.object({ firstId: z.uuid(), secondId: z.uuid() }).strict(),
    output: z.array(measureComparisonSchema),
  },
  'settings.getClinical': {
    input: z.object({}).strict().default({}),
    output: clinicalSettingsSchema,
  },
  'settings.updateClinical': {
    input: z.object({ settings: clinicalSettingsSchema }).strict(),
    output: clinicalSettingsSchema,
  },
  'settings.getClinic': {
    input: z.object({}).strict().default({}),
    output: clinicProfileSchema,
  },
  'settings.updateClinic': {
    input: z.object({ profile: clinicProfileSchema }).strict(),
    output: clinicProfileSchema,
  },
  'programs.forPatient': {
    input: z.object({ patientId: patientIdSchema }).strict(),
    output: z.array(programSummarySchema),
  },
  'programs.get': {
    input: z.object({ id: z.uuid(), version: z.number().int().min(1).optional() }).strict(),
    output: programSchema,
  },
  'programs.create': {
    input: z.object({ assessmentId: z.uuid(), content: savedProgramContent }).strict(),
    output: programSchema,
  },
  'programs.saveVersion': {
    input: z
      .object({
        id: z.uuid(),
        /** The version the physio started from; a newer one saved since is a conflict. */
        baseVersion: z.number().int().min(1),
        content: savedProgramContent,
      })
      .strict(),
    output: programSchema,
  },
  'customExercises.list': {
    input: z.object({}).strict().default({}),
    output: z.array(customExerciseSchema),
  },
  'customExercises.create': {
    input: z
      .object({ exercise: customExerciseInputSchema, photo: customExercisePhotoSchema })
      .strict(),
    output: customExerciseSchema,
  },
  'customExercises.update': {
    input: z
      .object({
        id: z.string().regex(/^custom:[0-9a-f-]{36}$/, 'Not a clinic exercise'),
        revision,
        exercise: customExerciseInputSchema,
        photo: customExercisePhotoSchema,
      })
      .strict(),
    output: customExerciseSchema,
  },
  'customExercises.photo': {
    input: z
      .object({ id: z.string().regex(/^custom:[0-9a-f-]{36}$/, 'Not a clinic exercise') })
      .strict(),
    output: z.string().nullable(),
  },
  'handouts.render': {
    input: z
      .object({
        programId: z.uuid(),
        version: z.number().int().min(1),
        options: handoutOptionsSchema,
      })
      .strict(),
    output: renderedHandoutSchema,
  },
  'handouts.save': {
    input: z.object({ handoutId: z.uuid() }).strict(),
    /** Null when the physio cancels the save dialog. */
    output: handoutExportSchema.nullable(),
  },
  'handouts.recordPrint': {
    input: z.object({ handoutId: z.uuid() }).strict(),
    output: handoutExportSchema,
  },
  'handouts.forProgram': {
    input: z.object({ programId: z.uuid() }).strict(),
    output: z.array(handoutExportSchema),
  },
  'mail.getSettings': {
    input: z.object({}).strict().default({}),
    output: mailSettingsSchema,
  },
  'mail.updateSettings': {
    input: z.object({ settings: mailSettingsInputSchema }).strict(),
    output: mailSettingsSchema,
  },
  'mail.sendTest': {
    /** Tries the settings as typed (a null password means the saved one) before saving them. */
    input: z.object({ settings: mailSettingsInputSchema }).strict(),
    output: mailTestResultSchema,
  },
  'mail.draftFor': {
    input: z.object({ handoutId: z.uuid() }).strict(),
    output: emailDraftSchema,
  },
  'mail.queue': {
    input: z.object({ email: outgoingEmailSchema }).strict(),
    output: emailRecordSchema,
  },
  'mail.openInMailApp': {
    input: z.object({ email: outgoingEmailSchema }).strict(),
    output: mailAppDraftSchema,
  },
  'mail.forPatient': {
    input: z.object({ patientId: patientIdSchema }).strict(),
    output: z.array(emailRecordSchema),
  },
  'mail.attachment': {
    input: z.object({ id: z.uuid() }).strict(),
    /** The PDF exactly as it went with the email. */
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
  },
  'mail.retry': {
    input: z.object({ id: z.uuid() }).strict(),
    output: emailRecordSchema,
  },
  'backups.status': { input: z.object({}).strict().default({}), output: backupStatusSchema },
  'backups.backUpNow': { input: z.object({}).strict().default({}), output: backupResultSchema },
  /** The system's folder dialog (desktop only); cancelling changes nothing. */
  'backups.chooseFolder': { input: z.object({}).strict().default({}), output: backupStatusSchema },
  /** A typed folder path, or null for the default folder in the app's data folder. */
  'backups.setFolder': {
    input: z.object({ folder: backupFolderInputSchema.nullable() }).strict(),
    output: backupStatusSchema,
  },
  /** Opens a backup read-only with the key and runs the integrity check; changes nothing. */
  'backups.check': {
    input: z.object({ fileName: backupFileNameSchema }).strict(),
    output: backupCheckSchema,
  },
  'backups.restore': {
    input: z.object({ fileName: backupFileNameSchema }).strict(),
    output: restoreOutcomeSchema,
  },
  'backups.cancelRestore': {
    input: z.object({}).strict().default({}),
    output: backupStatusSchema,
  },
  'lock.status': { input: noInput, output: lockStateSchema },
  'lock.unlock': {
    input: z
      .object({
        practitionerId,
        secret: z
          .string({ error: 'Enter your PIN or password' })
          .min(1, 'Enter your PIN or password')
          .max(200, 'That is longer than any PIN or password'),
      })
      .strict(),
    output: lockStateSchema,
  },
  'lock.lock': { input: noInput, output: lockStateSchema },
  /** The page saw the practitioner working (sent at most about once a minute). */
  'lock.activity': { input: noInput, output: lockStateSchema },
  'practitioners.forLockScreen': { input: noInput, output: z.array(lockScreenPractitionerSchema) },
  /** Only while no account exists: the first practitioner, unlocked at once. */
  'practitioners.createFirst': {
    input: z
      .object({ practitioner: practitionerDetailsSchema, secret: unlockSecretSchema })
      .strict(),
    output: lockStateSchema,
  },
  'practitioners.list': { input: noInput, output: z.array(practitionerSchema) },
  'practitioners.create': {
    input: z
      .object({ practitioner: practitionerDetailsSchema, secret: unlockSecretSchema })
      .strict(),
    output: practitionerSchema,
  },
  'practitioners.update': {
    input: z.object({ id: practitionerId, practitioner: practitionerDetailsSchema }).strict(),
    output: practitionerSchema,
  },
  'practitioners.changeSecret': {
    input: z.object({ id: practitionerId, secret: unlockSecretSchema }).strict(),
    output: practitionerSchema,
  },
  'practitioners.setActive': {
    input: z.object({ id: practitionerId, active: z.boolean() }).strict(),
    output: practitionerSchema,
  },
  'settings.getLock': { input: noInput, output: lockSettingsSchema },
  'settings.updateLock': {
    input: z.object({ settings: lockSettingsSchema }).strict(),
    output: lockSettingsSchema,
  },
  'audit.list': {
    input: z
      .object({
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(AUDIT_PAGE_SIZE_MAX).default(50),
      })
      .strict(),
    output: auditPageSchema,
  },
  'audit.check': { input: noInput, output: auditCheckSchema },
  /** The whole trail as CSV, to a folder the clinic picks (downloaded in the preview). */
  'audit.export': { input: noInput, output: auditExportSchema },
} satisfies Record<IpcMethod, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type MethodInput<M extends IpcMethod> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends IpcMethod> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends IpcMethod> = z.output<Contract[M]['output']>;

/** The shape of `window.api` that the preload exposes: one async function per method. */
export type StrideApi = {
  [M in IpcMethod]: (input: MethodInput<M>) => Promise<IpcResult<MethodOutput<M>>>;
};
