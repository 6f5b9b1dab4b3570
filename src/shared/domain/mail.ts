import { z } from 'zod';

/**
 * Emailing the home program: the clinic's mail server settings, the message the physio sends,
 * and each email as the patient's history shows it.
 */

export const MAIL_SECURITY = [
  { value: 'starttls', label: 'STARTTLS (usually port 587)' },
  { value: 'tls', label: 'TLS from the start (usually port 465)' },
  { value: 'none', label: 'None: the password and email travel unprotected' },
] as const;
export type MailSecurity = (typeof MAIL_SECURITY)[number]['value'];

const emailAddress = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(254, `${capital(what)} can be at most 254 characters`)
    .pipe(z.email(`${capital(what)} must look like name@example.com`));

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills {firstName}, {physio} and {clinic} in the clinic's subject and message templates. */
export const TEMPLATE_FIELDS = ['firstName', 'physio', 'clinic'] as const;

/** The mail settings as the form sends them; the password is left out to keep the saved one. */
export const mailSettingsInputSchema = z.object({
  host: z
    .string({ error: 'Enter the mail server name' })
    .trim()
    .min(1, 'Enter the mail server name, like smtp.example.com')
    .max(253, 'The mail server name can be at most 253 characters')
    .regex(/^[A-Za-z0-9.-]+$/, 'The mail server name can hold letters, digits, dots and dashes'),
  port: z
    .number({ error: 'Enter the port number' })
    .int('The port is a whole number')
    .min(1, 'The port is between 1 and 65535')
    .max(65535, 'The port is between 1 and 65535'),
  security: z.enum(['starttls', 'tls', 'none'], { error: 'Choose how the connection is secured' }),
  username: z.string().trim().max(200, 'The user name can be at most 200 characters').default(''),
  /** A new password; null keeps the saved one, '' removes it. */
  password: z.string().max(500, 'The password can be at most 500 characters').nullable(),
  fromName: z
    .string({ error: 'Enter the name emails come from' })
    .trim()
    .min(1, 'Enter the name emails come from, like your clinic name')
    .max(120, 'The sender name can be at most 120 characters'),
  fromAddress: emailAddress('the address emails come from'),
  replyTo: z.union([z.literal(''), emailAddress('the reply-to address')]).default(''),
  subjectTemplate: z
    .string({ error: 'Enter the subject' })
    .trim()
    .min(1, 'Enter the subject')
    .max(200, 'The subject can be at most 200 characters'),
  bodyTemplate: z
    .string({ error: 'Enter the message' })
    .trim()
    .min(1, 'Enter the message')
    .max(5000, 'The message can be at most 5,000 characters'),
});
export type MailSettingsInput = z.input<typeof mailSettingsInputSchema>;
export type MailSettingsChange = z.output<typeof mailSettingsInputSchema>;

/** The saved settings as the app shows them: whether a password is saved, never the password. */
export const mailSettingsSchema = mailSettingsInputSchema
  .omit({ password: true })
  .extend({ passwordSaved: z.boolean(), configured: z.boolean() });
export type MailSettings = z.output<typeof mailSettingsSchema>;

export const DEFAULT_MAIL_SETTINGS: MailSettings = {
  host: '',
  port: 587,
  security: 'starttls',
  username: '',
  passwordSaved: false,
  configured: false,
  fromName: '',
  fromAddress: '',
  replyTo: '',
  subjectTemplate: 'Your home exercise program from {clinic}',
  bodyTemplate: [
    'Hello {firstName},',
    '',
    'Your home exercise program from today is attached as a PDF. Print it or keep it on your phone, and tick the log each time you do the exercises.',
    '',
    'If anything is unclear, or the pain gets worse, reply to this email or call us.',
    '',
    'Best wishes,',
    '{physio}',
    '{clinic}',
  ].join('\n'),
};

/** Puts the patient's first name, the physio's name and the clinic's name into a template. */
export function fillTemplate(
  template: string,
  values: Record<(typeof TEMPLATE_FIELDS)[number], string>,
): string {
  return template.replace(
    /\{(firstName|physio|clinic)\}/g,
    (_, field: keyof typeof values) => values[field],
  );
}

/** The email the physio sends with a previewed handout. */
export const outgoingEmailSchema = z.object({
  handoutId: z.uuid(),
  to: emailAddress("the patient's email address"),
  subject: z
    .string({ error: 'Enter a subject' })
    .trim()
    .min(1, 'Enter a subject')
    .max(200, 'The subject can be at most 200 characters'),
  body: z
    .string({ error: 'Enter a message' })
    .trim()
    .min(1, 'Enter a message')
    .max(5000, 'The message can be at most 5,000 characters'),
});
export type OutgoingEmail = z.output<typeof outgoingEmailSchema>;
export type OutgoingEmailInput = z.input<typeof outgoingEmailSchema>;

/** The email as the compose view first shows it, from the patient's record and the template. */
export const emailDraftSchema = z.object({
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  fileName: z.string(),
  /** The mail settings are filled in, so "Send" can work. */
  canSend: z.boolean(),
});
export type EmailDraft = z.output<typeof emailDraftSchema>;

/**
 * queued: waiting for its turn or for the connection; sending: with the mail server now;
 * sent: the server accepted it; failed: refused, with the reason; unknown: the app stopped
 * mid-send, so it may or may not have gone (never resent without the physio's say).
 */
export const EMAIL_STATES = ['queued', 'sending', 'sent', 'failed', 'unknown'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

/** One email in the patient's history. */
export const emailRecordSchema = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  programId: z.uuid(),
  programVersion: z.number().int(),
  to: z.string(),
  subject: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  byteSize: z.number().int(),
  state: z.enum(EMAIL_STATES),
  attempts: z.number().int(),
  /** Why the last attempt did not deliver it, in plain words; null when none failed. */
  problem: z.string().nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  /** The practitioner who pressed Send; null for emails from before practitioner accounts. */
  queuedBy: z.string().nullable(),
});
export type EmailRecord = z.output<typeof emailRecordSchema>;

/** What "Send test email" found. */
export const mailTestResultSchema = z.object({ ok: z.boolean(), message: z.string() });
export type MailTestResult = z.output<typeof mailTestResultSchema>;

/** A draft for the physio's own mail program: opened there, or downloaded in the preview. */
export const mailAppDraftSchema = z.object({
  fileName: z.string(),
  opened: z.boolean(),
  /** The .eml file's bytes when the page must download it (browser preview). */
  emlBase64: z.string().nullable(),
});
export type MailAppDraft = z.output<typeof mailAppDraftSchema>;
