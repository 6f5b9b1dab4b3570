import { z } from 'zod';
import { readRecoveryKey } from './recovery-key';

/**
 * What the start-up screens and Settings → Security send and receive: the clinic passphrase
 * rules, the recovery key as typed, and the state of the patient database at start.
 */

export const PASSPHRASE_MIN_LENGTH = 12;
const PASSPHRASE_MAX_LENGTH = 200;

/** A new clinic passphrase: long enough that guessing it is hopeless. */
export const passphraseSchema = z
  .string({ error: 'Choose a clinic passphrase' })
  .min(
    PASSPHRASE_MIN_LENGTH,
    `The clinic passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters; a few unrelated words work well`,
  )
  .max(
    PASSPHRASE_MAX_LENGTH,
    `The clinic passphrase can be at most ${PASSPHRASE_MAX_LENGTH} characters`,
  );

/** A passphrase typed to unlock: any length (the wrong one is simply wrong). */
export const enteredPassphraseSchema = z
  .string({ error: 'Enter the clinic passphrase' })
  .min(1, 'Enter the clinic passphrase')
  .max(PASSPHRASE_MAX_LENGTH, 'That is longer than any clinic passphrase');

const SAME_PASSPHRASE = {
  message: 'The two passphrases are not the same; type it again in both boxes',
  path: ['confirmation'],
};

/** A new passphrase, typed twice so a slip of the finger does not lock the clinic out. */
export const newPassphraseSchema = z
  .object({ passphrase: passphraseSchema, confirmation: z.string().max(PASSPHRASE_MAX_LENGTH) })
  .strict()
  .refine((value) => value.passphrase === value.confirmation, SAME_PASSPHRASE);
export type NewPassphrase = z.infer<typeof newPassphraseSchema>;

/**
 * First-run setup: nothing when the computer's key store keeps the key, a new passphrase
 * (twice) when it has none.
 */
export const setUpInputSchema = z
  .object({
    passphrase: passphraseSchema.optional(),
    confirmation: z.string().max(PASSPHRASE_MAX_LENGTH).optional(),
  })
  .strict()
  .refine((value) => value.passphrase === value.confirmation, SAME_PASSPHRASE);

/** A recovery key as typed or read from paper; a typo is reported as a typo. */
export const recoveryKeyTextSchema = z
  .string({ error: 'Enter the recovery key' })
  .max(100, 'That is longer than a recovery key')
  .superRefine((text, context) => {
    const reading = readRecoveryKey(text);
    if (!reading.ok) context.addIssue({ code: 'custom', message: reading.message });
  });

export const recoverInputSchema = z
  .object({
    recoveryKey: recoveryKeyTextSchema,
    /** Needed when the computer has no key store: the passphrase that will open it from now. */
    passphrase: passphraseSchema.optional(),
    confirmation: z.string().max(PASSPHRASE_MAX_LENGTH).optional(),
  })
  .strict()
  .refine((value) => value.passphrase === value.confirmation, SAME_PASSPHRASE);
export type RecoverInput = z.input<typeof recoverInputSchema>;

export const changePassphraseInputSchema = z
  .object({
    currentPassphrase: enteredPassphraseSchema,
    passphrase: passphraseSchema,
    confirmation: z.string().max(PASSPHRASE_MAX_LENGTH),
  })
  .strict()
  .refine((value) => value.passphrase === value.confirmation, SAME_PASSPHRASE);
export type ChangePassphraseInput = z.input<typeof changePassphraseInputSchema>;

/** How the database key is kept on this computer. */
export const keyProtectionSchema = z.enum([
  /** Wrapped by the computer's key store (Keychain, Windows, GNOME Keyring, KWallet). */
  'key-store',
  /** Wrapped by a clinic passphrase: the computer has no real key store. */
  'passphrase',
  /** A key handed in: the browser preview's demo key, kept beside its data. */
  'given-key',
]);
export type KeyProtection = z.infer<typeof keyProtectionSchema>;

const backupSummarySchema = z.object({
  file: z.string(),
  takenAt: z.string(),
});

/** Where the patient database stands; the app's start-up gate shows a screen for each. */
export const startupStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('needs-setup'),
    /** Whether the computer's key store can keep the key; without one a passphrase is asked. */
    keyStore: z.enum(['secure', 'none']),
    /** An existing database from before recovery keys: set up keeps its key. */
    existingDatabase: z.boolean(),
  }),
  z.object({ state: z.literal('needs-passphrase') }),
  z.object({
    state: z.literal('needs-recovery'),
    reason: z.enum([
      /** The key store is there but cannot open the key (new user account, keychain reset). */
      'key-store-cannot-unwrap',
      /** This computer offers no key store now, though the key was kept in one. */
      'key-store-unavailable',
    ]),
    /** The computer has no key store: recovering also sets a clinic passphrase. */
    needsPassphrase: z.boolean(),
  }),
  z.object({
    state: z.literal('damaged'),
    problem: z.enum([
      'integrity',
      'unreadable',
      'key-file-missing',
      'key-file-unreadable',
      'cannot-open',
    ]),
    /** What happened, in plain words. */
    message: z.string(),
    dataDirectory: z.string(),
    backupFolder: z.string(),
    /** The newest backup that opens with the key and passes its check, when one was found. */
    latestGoodBackup: backupSummarySchema.nullable(),
  }),
  z.object({ state: z.literal('open'), protection: keyProtectionSchema }),
]);
export type StartupStatus = z.infer<typeof startupStatusSchema>;

/** A recovery key shown once: after setup and after a key change. */
export const newRecoveryKeySchema = z.object({ recoveryKey: z.string() });
