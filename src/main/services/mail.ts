import { createHash } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import {
  DEFAULT_MAIL_SETTINGS,
  fillTemplate,
  mailSettingsSchema,
  type EmailDraft,
  type EmailRecord,
  type MailAppDraft,
  type MailSettings,
  type MailSettingsChange,
  type MailTestResult,
  type OutgoingEmail,
} from '../../shared/domain/mail';
import type { AppDatabase } from '../db/connection';
import { outbox } from '../db/schema';
import { draftEml, type HandoutEmail, type Sender } from '../mail/message';
import type { MailSetup } from '../mail/outbox-sender';
import { sendProblem } from '../mail/send-problem';
import { smtpOptions, type SmtpServer, type TlsTrust } from '../mail/smtp-options';
import type { MailApp, SecretBox } from '../system/ports';
import type { Clock } from './clock';
import { IncompleteError, NotFoundError } from './errors';
import type { HandoutService } from './handouts';
import type { PatientService } from './patients';
import type { ProgramService } from './programs';
import type { SettingsService } from './settings';

/** The settings as stored: the password only ever wrapped by the secret box. */
type StoredMailSettings = Omit<MailSettings, 'passwordSaved' | 'configured'> & {
  passwordWrapped: string | null;
};

const NOT_SET_UP =
  'Mail is not set up yet. Fill in the mail server and sender in Settings, Mail, then send again.';

function toRecord(row: typeof outbox.$inferSelect): EmailRecord {
  return {
    id: row.id,
    patientId: row.patientId,
    programId: row.programId,
    programVersion: row.programVersion,
    to: row.toAddress,
    subject: row.subject,
    fileName: row.fileName,
    sha256: row.sha256,
    byteSize: row.byteSize,
    state: row.state,
    attempts: row.attempts,
    problem: row.problem,
    nextAttemptAt: row.nextAttemptAt,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    queuedBy: row.queuedBy,
  };
}

/**
 * Emailing handouts: the clinic's mail settings, the compose view's starting text, the outbox
 * the background sender works through, a draft for the physio's own mail program, and each
 * patient's emails for the history.
 */
export function createMailService(
  db: AppDatabase,
  clock: Clock,
  deps: {
    settings: SettingsService;
    patients: PatientService;
    programs: ProgramService;
    handouts: HandoutService;
  },
  ports: { secrets: SecretBox; mailApp: MailApp; trust?: TlsTrust; wakeSender: () => void },
) {
  function stored(): StoredMailSettings | null {
    const value = deps.settings.stored('mail');
    const parsed = mailSettingsSchema
      .omit({ passwordSaved: true, configured: true })
      .safeParse(value);
    if (!parsed.success) return null;
    const wrapped = (value as { passwordWrapped?: unknown }).passwordWrapped;
    return { ...parsed.data, passwordWrapped: typeof wrapped === 'string' ? wrapped : null };
  }

  function view(settings: StoredMailSettings | null): MailSettings {
    if (!settings) return DEFAULT_MAIL_SETTINGS;
    const { passwordWrapped, ...shown } = settings;
    return { ...shown, passwordSaved: passwordWrapped !== null, configured: true };
  }

  function openPassword(wrapped: string | null): string {
    if (wrapped === null) return '';
    try {
      return ports.secrets.unwrap(wrapped);
    } catch {
      throw new IncompleteError(
        'The saved mail password cannot be read on this computer. Enter it again in Settings, Mail.',
      );
    }
  }

  /**
   * The saved password, wrapped, for settings that leave the password out. It only goes to
   * the server it was saved for, in the same way: changed server details need it typed again.
   */
  function keptPassword(change: MailSettingsChange): string | null {
    const saved = stored();
    if (!saved?.passwordWrapped) return null;
    const same = (['host', 'port', 'security', 'username'] as const).every(
      (field) => saved[field] === change[field],
    );
    if (!same) {
      throw new IncompleteError(
        'The server, port, security or user name changed: type the password again, so that it only goes where you chose. Nothing was saved or sent.',
      );
    }
    return saved.passwordWrapped;
  }

  /** The settings as typed, with the saved password when none was typed. */
  function serverFrom(change: MailSettingsChange): SmtpServer {
    const password = change.password ?? openPassword(keptPassword(change));
    return { ...change, password };
  }

  function senderFrom(settings: Pick<MailSettings, 'fromName' | 'fromAddress' | 'replyTo'>) {
    return {
      fromName: settings.fromName,
      fromAddress: settings.fromAddress,
      replyTo: settings.replyTo,
    } satisfies Sender;
  }

  /** The email as the physio wrote it, with the previewed handout's bytes. */
  function handoutEmail(email: OutgoingEmail) {
    const handout = deps.handouts.previewed(email.handoutId);
    const message: HandoutEmail = {
      to: email.to,
      subject: email.subject,
      body: email.body,
      fileName: handout.fileName,
      pdf: handout.pdf,
    };
    return { handout, message };
  }

  function find(id: string) {
    const row = db.select().from(outbox).where(eq(outbox.id, id)).get();
    if (!row) throw new NotFoundError('That email is not in the outbox.');
    return row;
  }

  return {
    settings(): MailSettings {
      return view(stored());
    },

    /** Saves the settings; a typed password is wrapped, null keeps the saved one, '' clears it. */
    updateSettings(change: MailSettingsChange): MailSettings {
      const { password, ...rest } = change;
      const passwordWrapped =
        password === null
          ? keptPassword(change)
          : password === ''
            ? null
            : ports.secrets.wrap(password);
      const next: StoredMailSettings = { ...rest, passwordWrapped };
      deps.settings.store('mail', next);
      ports.wakeSender();
      return view(next);
    },

    /** The setup the background sender uses; null while mail is not set up. */
    setup: (() => {
      const settings = stored();
      if (!settings) return null;
      return {
        server: { ...settings, password: openPassword(settings.passwordWrapped) },
        sender: senderFrom(settings),
      };
    }) satisfies MailSetup,

    /** Sends a short email to the From address with the settings as typed; says what happened. */
    async sendTest(change: MailSettingsChange): Promise<MailTestResult> {
      const server = serverFrom(change);
      const transport = createTransport(smtpOptions(server, ports.trust));
      try {
        await transport.sendMail({
          from: { name: change.fromName, address: change.fromAddress },
          to: change.fromAddress,
          subject: 'Stride Clinic: test email',
          text: 'This test email shows that Stride Clinic can send emails with these settings.',
          disableFileAccess: true,
          disableUrlAccess: true,
        });
        return {
          ok: true,
          message: `The mail server accepted a test email to ${change.fromAddress}. Check that it arrives.`,
        };
      } catch (error) {
        return { ok: false, message: sendProblem(error, server).problem };
      } finally {
        transport.close();
      }
    },

    /** The compose view's starting text: the patient's address and the clinic's template. */
    draftFor(handoutId: string): EmailDraft {
      const handout = deps.handouts.previewed(handoutId);
      const patient = deps.patients.get(handout.patientId);
      const program = deps.programs.get(handout.programId, handout.programVersion);
      const settings = view(stored());
      const values = {
        firstName: patient.firstName,
        physio: program.current.content.savedBy,
        clinic: deps.settings.clinic().name,
      };
      return {
        to: patient.email ?? '',
        subject: fillTemplate(settings.subjectTemplate, values),
        body: fillTemplate(settings.bodyTemplate, values),
        fileName: handout.fileName,
        canSend: settings.configured,
      };
    },

    /** Puts the email with its PDF in the outbox and returns at once; the sender delivers it. */
    queue(email: OutgoingEmail, queuedBy: { name: string; id: string } | null = null): EmailRecord {
      if (!stored()) throw new IncompleteError(NOT_SET_UP);
      const { handout, message } = handoutEmail(email);
      const now = clock.nowIso();
      const row: typeof outbox.$inferInsert = {
        id: clock.newId(),
        patientId: handout.patientId,
        programId: handout.programId,
        programVersion: handout.programVersion,
        toAddress: message.to,
        subject: message.subject,
        body: message.body,
        fileName: message.fileName,
        pdf: message.pdf,
        sha256: createHash('sha256').update(message.pdf).digest('hex'),
        byteSize: message.pdf.length,
        state: 'queued',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
        queuedBy: queuedBy?.name ?? null,
        queuedByPractitionerId: queuedBy?.id ?? null,
      };
      db.insert(outbox).values(row).run();
      ports.wakeSender();
      return toRecord(find(row.id!));
    },

    /** Writes the email as a draft (.eml) and opens it in the system's mail program. */
    async openInMailApp(email: OutgoingEmail): Promise<MailAppDraft> {
      const { message } = handoutEmail(email);
      const settings = view(stored());
      const sender = settings.configured
        ? senderFrom(settings)
        : { fromName: deps.settings.clinic().name, fromAddress: '', replyTo: '' };
      const eml = await draftEml(message, sender);
      const fileName = message.fileName.replace(/\.pdf$/i, '.eml');
      const target = await ports.mailApp.openDraft(fileName, eml);
      return target.kind === 'opened'
        ? { fileName, opened: true, emlBase64: null }
        : { fileName, opened: false, emlBase64: eml.toString('base64') };
    },

    /** The patient's emails, newest first. */
    forPatient(patientId: string): EmailRecord[] {
      deps.patients.get(patientId);
      return db
        .select()
        .from(outbox)
        .where(eq(outbox.patientId, patientId))
        .orderBy(desc(outbox.createdAt))
        .all()
        .map(toRecord);
    },

    /** The PDF an email carried, byte for byte, to look at again from the history. */
    attachment(id: string): { fileName: string; pdfBase64: string } {
      const row = find(id);
      return { fileName: row.fileName, pdfBase64: row.pdf.toString('base64') };
    },

    /** Puts a failed email, or one that may have been sent, back in the queue. */
    retry(id: string): EmailRecord {
      find(id);
      const changed = db
        .update(outbox)
        .set({ state: 'queued', problem: null, nextAttemptAt: clock.nowIso() })
        .where(and(eq(outbox.id, id), inArray(outbox.state, ['failed', 'unknown'])))
        .run().changes;
      if (changed === 0) {
        throw new IncompleteError(
          'Only an email that failed or may not have arrived can be sent again.',
        );
      }
      ports.wakeSender();
      return toRecord(find(id));
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
