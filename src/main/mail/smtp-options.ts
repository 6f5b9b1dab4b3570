import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport';
import type { MailSecurity } from '../../shared/domain/mail';

/** How to reach the clinic's mail server: the saved settings with the password opened. */
export interface SmtpServer {
  host: string;
  port: number;
  security: MailSecurity;
  username: string;
  password: string;
}

/** Extra certificate authorities to trust (tests trust the certificate they made). */
export interface TlsTrust {
  ca?: string | Buffer;
}

const SECONDS = 1000;

/**
 * nodemailer's options for one connection. STARTTLS is required when chosen (never quietly
 * skipped); messages may not read local files or fetch URLs, whatever they contain.
 */
export function smtpOptions(server: SmtpServer, trust: TlsTrust = {}): SMTPTransportOptions {
  return {
    host: server.host,
    port: server.port,
    secure: server.security === 'tls',
    requireTLS: server.security === 'starttls',
    ignoreTLS: server.security === 'none',
    auth: server.username ? { user: server.username, pass: server.password } : undefined,
    tls: trust.ca ? { ca: trust.ca } : undefined,
    connectionTimeout: 15 * SECONDS,
    greetingTimeout: 15 * SECONDS,
    socketTimeout: 60 * SECONDS,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
