import { z } from 'zod';

/**
 * Backups of the patient database, as Settings → Backups shows them. The files themselves
 * are found and named by the main process; the page only ever names a backup by its file name.
 */

export const BACKUP_KINDS = ['daily', 'weekly', 'monthly', 'before-migration', 'manual'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** How each kind reads in a sentence or a table cell. */
export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  weekly: 'Weekly',
  monthly: 'Monthly',
  'before-migration': 'Before an update',
  manual: 'Made by hand',
};

/** The app's backup names: the only files the page may ask to check or restore. */
export const backupFileNameSchema = z
  .string({ error: 'Choose a backup from the list' })
  .regex(
    /^(?:stride-clinic-)?(?:scheduled|before-migration|manual)-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.sqlite$/,
    'Choose a backup from the list',
  );

export const backupSchema = z.object({
  fileName: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** ISO-8601 UTC. */
  takenAt: z.string(),
  sizeBytes: z.number().int().min(0),
});
export type Backup = z.output<typeof backupSchema>;

/** What became of the latest backup attempt, automatic or by hand. */
export const backupResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), at: z.string(), backup: backupSchema }),
  z.object({
    ok: z.literal(false),
    at: z.string(),
    /** Why, in plain words, and what happens next. */
    problem: z.string(),
    automatic: z.boolean(),
  }),
]);
export type BackupResult = z.output<typeof backupResultSchema>;

export const backupStatusSchema = z.object({
  folder: z.string(),
  /** True while backups go to the default folder inside the app's data folder. */
  usesDefaultFolder: z.boolean(),
  /** False in the browser preview, which has no folder dialog: type a path there instead. */
  canChooseFolder: z.boolean(),
  /** False in the browser preview, which cannot restart itself after a restore. */
  canRestart: z.boolean(),
  backups: z.array(backupSchema),
  /** Set when the folder could not be read (its disk or share not connected, say). */
  folderProblem: z.string().nullable(),
  lastResult: backupResultSchema.nullable(),
  /** A backup being written now (it takes minutes on a large database), or null. */
  writing: z
    .object({
      /** ISO-8601 UTC. */
      startedAt: z.string(),
      /** True for the daily backup, false for "Back up now". */
      automatic: z.boolean(),
    })
    .nullable(),
  /** A restore has been checked and waits for the next start. */
  restoreWaiting: z.boolean(),
  /** Where a restore keeps the database it replaces. */
  replacedFolder: z.string(),
});
export type BackupStatus = z.output<typeof backupStatusSchema>;

/** A folder path as typed: whole ("absolute"), on this computer or a network share. */
export const backupFolderInputSchema = z
  .string({ error: 'Type the path of the folder' })
  .trim()
  .min(1, 'Type the path of the folder')
  .max(1000, 'That path is too long')
  .refine(
    (path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path),
    'Give the whole path, starting with / (Mac, Linux), a drive letter such as D:\\ or \\\\server (Windows)',
  );

export const backupCheckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), backup: backupSchema, patients: z.number().int() }),
  z.object({ ok: z.literal(false), backup: backupSchema, reason: z.string() }),
]);
export type BackupCheckResult = z.output<typeof backupCheckSchema>;

export const restoreOutcomeSchema = z.object({
  /** The desktop app restarts onto the restored database at once. */
  restarting: z.boolean(),
});
