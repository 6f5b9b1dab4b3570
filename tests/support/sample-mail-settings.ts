import type { MailSettingsChange } from '../../src/shared/domain/mail';

/**
 * Mail settings for a server that is never contacted (port 2525, nothing listens): enough to
 * queue an email, for tests about who sent it rather than the sending.
 */
export const UNSENT_MAIL_SETTINGS: MailSettingsChange = {
  host: '127.0.0.1',
  port: 2525,
  security: 'none',
  username: '',
  password: null,
  fromName: 'Harbourside Physiotherapy',
  fromAddress: 'reception@harbourside.example',
  replyTo: '',
  subjectTemplate: 'Your program',
  bodyTemplate: 'Hello {firstName}',
};
