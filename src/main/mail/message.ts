import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';

/** Who the clinic's emails come from, from the mail settings. */
export interface Sender {
  fromName: string;
  fromAddress: string;
  replyTo: string;
}

/** One email with the handout attached. */
export interface HandoutEmail {
  to: string;
  subject: string;
  body: string;
  fileName: string;
  pdf: Buffer;
}

/**
 * The email's Message-ID: its outbox id (unique, and the same on every attempt) at the
 * clinic's own mail domain, as mail servers expect.
 */
export function messageId(outboxId: string, fromAddress: string): string {
  return `<${outboxId}@${fromAddress.slice(fromAddress.lastIndexOf('@') + 1)}>`;
}

/** nodemailer's message: plain text, the PDF attached; never reads files or URLs. */
export function handoutMessage(email: HandoutEmail, sender: Sender): Mail.Options {
  return {
    // A draft made before mail is set up has no sender: the mail program fills it in.
    from: sender.fromAddress ? { name: sender.fromName, address: sender.fromAddress } : undefined,
    replyTo: sender.replyTo || undefined,
    to: email.to,
    subject: email.subject,
    text: email.body,
    attachments: [{ filename: email.fileName, content: email.pdf, contentType: 'application/pdf' }],
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

/**
 * The email as a draft for the physio's own mail program: `X-Unsent: 1` makes Outlook and
 * others open it ready to send; the program adds its own Date and Message-ID when it sends.
 */
export async function draftEml(email: HandoutEmail, sender: Sender): Promise<Buffer> {
  const message = {
    ...handoutMessage(email, sender),
    headers: { 'X-Unsent': '1' },
  };
  const built = await new MailComposer(message).compile().build();
  return withoutHeaders(built, ['date', 'message-id']);
}

/** Drops whole header fields (with their folded lines) from the message's top header block. */
function withoutHeaders(message: Buffer, names: string[]): Buffer {
  const text = message.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  const lines = text.slice(0, end).split('\r\n');
  const kept: string[] = [];
  let dropping = false;
  for (const line of lines) {
    const folded = line.startsWith(' ') || line.startsWith('\t');
    if (!folded) dropping = names.includes(line.slice(0, line.indexOf(':')).toLowerCase());
    if (!dropping) kept.push(line);
  }
  return Buffer.from(kept.join('\r\n') + text.slice(end), 'utf8');
}
