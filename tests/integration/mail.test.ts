import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MailSettingsChange } from '../../src/shared/domain/mail';
import type { TlsTrust } from '../../src/main/mail/smtp-options';
import { CUT_OFF_PROBLEM, INTERRUPTED_PROBLEM } from '../../src/main/mail/outbox-sender';
import { readPdf } from '../support/pdf-reading';
import { savedProgramFor } from '../support/saved-program';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server';
import { testAppForEachTest } from '../support/test-app';

/** The certificate the mail sender trusts: set by each test that starts a STARTTLS server. */
const trust: TlsTrust = {};
const app = testAppForEachTest({ mailTrust: trust });
const sender = { url: 'file:///app/index.html', mainFrame: true };
const LOGIN = { user: 'front-desk', pass: 'correct horse battery staple' };

let servers: TestSmtpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
  delete trust.ca;
});

async function smtpServer(options: Parameters<typeof startSmtpServer>[0] = {}) {
  const server = await startSmtpServer(options);
  servers.push(server);
  if (server.ca) trust.ca = server.ca;
  return server;
}

function settingsFor(
  server: { port: number },
  change: Partial<MailSettingsChange> = {},
): MailSettingsChange {
  return {
    host: '127.0.0.1',
    port: server.port,
    security: 'starttls',
    username: LOGIN.user,
    password: LOGIN.pass,
    fromName: 'Harbourside Physiotherapy',
    fromAddress: 'reception@harbourside.example',
    replyTo: 'alex@harbourside.example',
    subjectTemplate: 'Your program from {clinic}',
    bodyTemplate: 'Hello {firstName},\n\nHere is your program.\n\n{physio}',
    ...change,
  };
}

/** A saved program, its handout previewed, and an email for it in the outbox. */
async function queuedEmail(to = 'zoe@example.com') {
  const { patient, program } = savedProgramFor(app);
  const handout = await app.services.handouts.render(program.id, 1, {
    nextAppointment: null,
    logWeeks: 4,
  });
  const draft = app.services.mail.draftFor(handout.handoutId);
  const email = app.services.mail.queue({
    handoutId: handout.handoutId,
    to,
    subject: draft.subject,
    body: draft.body,
  });
  return { patient, program, handout, draft, email };
}

const stateOf = (patientId: string) => app.services.mail.forPatient(patientId)[0]!;

describe('emailing the handout through a real SMTP server', () => {
  it('delivers over STARTTLS with login: recipient, subject, message and a PDF that reads back', async () => {
    const server = await smtpServer({ starttls: true, login: LOGIN });
    app.services.mail.updateSettings(settingsFor(server));
    const { patient, handout, draft, email } = await queuedEmail();
    expect(draft.subject).toBe('Your program from Stride Clinic');
    expect(draft.body).toContain('Hello Zoë,');
    expect(email.state).toBe('queued');

    await app.services.outbox.sendDueNow();

    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail!.to).toEqual(['zoe@example.com']);
    const parsed = await PostalMime.parse(mail!.raw);
    expect(parsed.subject).toBe('Your program from Stride Clinic');
    expect(parsed.text).toContain('Hello Zoë,');
    expect(parsed.from?.address).toBe('reception@harbourside.example');
    expect(parsed.replyTo?.[0]?.address).toBe('alex@harbourside.example');
    expect(parsed.messageId).toBe(`<${email.id}@harbourside.example>`);
    expect(parsed.attachments).toHaveLength(1);
    const attachment = parsed.attachments[0]!;
    expect(attachment.mimeType).toBe('application/pdf');
    expect(attachment.filename).toBe(handout.fileName);
    const pdf = Buffer.from(attachment.content as ArrayBuffer);
    expect(readPdf(pdf).text).toContain('Zoë Łukasiewicz');

    const sent = stateOf(patient.id);
    expect(sent).toMatchObject({ state: 'sent', attempts: 1, problem: null });
    expect(sent.sentAt).not.toBeNull();
    // The history keeps the very PDF the email carried.
    const kept = Buffer.from(app.services.mail.attachment(sent.id).pdfBase64, 'base64');
    expect(kept.equals(pdf)).toBe(true);
    expect(createHash('sha256').update(kept).digest('hex')).toBe(sent.sha256);
  });

  it('sends on its own once started: a queued email goes without anyone asking', async () => {
    const server = await smtpServer();
    app.services.mail.updateSettings(settingsFor(server, { security: 'none', username: '' }));
    app.services.outbox.start();
    const { patient } = await queuedEmail();
    await vi.waitFor(() => expect(stateOf(patient.id).state).toBe('sent'), { timeout: 10_000 });
    expect(server.received).toHaveLength(1);
  });

  it('keeps the email queued while the server is down, then delivers it exactly once', async () => {
    const probe = await startSmtpServer();
    const port = probe.port;
    await probe.close();
    app.services.mail.updateSettings(settingsFor({ port }, { security: 'none', username: '' }));
    const { patient } = await queuedEmail();

    await app.services.outbox.sendDueNow();
    const waiting = stateOf(patient.id);
    expect(waiting.state).toBe('queued');
    expect(waiting.attempts).toBe(1);
    expect(waiting.problem).toMatch(/could not be reached \(ECONNREFUSED\)/);
    expect(Date.parse(waiting.nextAttemptAt!)).toBeGreaterThan(Date.now());

    // Not due yet: nothing is tried before the wait is over.
    await app.services.outbox.sendDueNow();
    expect(stateOf(patient.id).attempts).toBe(1);

    // The app is closed and opened again; the server is back; half a minute has passed.
    await app.reopen();
    const server = await smtpServer({ port });
    app.connection.db.run(sql`UPDATE outbox SET next_attempt_at = ${new Date().toISOString()}`);
    app.services.outbox.start();
    await app.services.outbox.sendDueNow();
    await app.services.outbox.sendDueNow();
    expect(server.received).toHaveLength(1);
    expect(stateOf(patient.id)).toMatchObject({ state: 'sent', attempts: 2, problem: null });

    // Another restart does not send it again.
    await app.reopen();
    app.services.outbox.start();
    await app.services.outbox.sendDueNow();
    expect(server.received).toHaveLength(1);
  });

  it('never sends twice after a crash between the server accepting and the app marking it sent', async () => {
    let child: ReturnType<typeof fork> | null = null;
    let exited: Promise<unknown> = Promise.resolve();
    // The server holds its "accepted" until the sending process is dead.
    const server = await smtpServer({
      beforeAccepting: async () => {
        child!.kill('SIGKILL');
        await exited;
      },
    });
    app.services.mail.updateSettings(settingsFor(server, { security: 'none', username: '' }));
    const { patient } = await queuedEmail();

    await app.reopen(async (key) => {
      child = fork(resolve(__dirname, '../support/outbox-child.cjs'), [], {
        env: {
          ...process.env,
          STRIDE_TEST_FOLDER: app.folder.path,
          STRIDE_TEST_KEY: key.toString('hex'),
        },
        stdio: 'ignore',
      });
      exited = new Promise((resolve) => child!.once('exit', resolve));
      await exited;
    });
    expect(child!.signalCode).toBe('SIGKILL');
    expect(server.received).toHaveLength(1);
    expect(stateOf(patient.id).state).toBe('sending');

    // The app starts again: the interrupted email is not resent; the history says why.
    app.services.outbox.start();
    await app.services.outbox.sendDueNow();
    expect(server.received).toHaveLength(1);
    const after = stateOf(patient.id);
    expect(after.state).toBe('unknown');
    expect(after.problem).toBe(INTERRUPTED_PROBLEM);

    // The physio checked with the patient and sends it again, by choice.
    app.services.mail.retry(after.id);
    await app.services.outbox.sendDueNow();
    expect(server.received).toHaveLength(2);
    expect(stateOf(patient.id).state).toBe('sent');
  });

  it('does not resend when the connection breaks after the whole email was handed over', async () => {
    let cut = true;
    const server = await smtpServer({ beforeAccepting: async () => (cut ? 'drop' : undefined) });
    app.services.mail.updateSettings(settingsFor(server, { security: 'none', username: '' }));
    const { patient } = await queuedEmail();
    await app.services.outbox.sendDueNow();
    expect(server.dropped).toHaveLength(1);
    const cutOff = stateOf(patient.id);
    expect(cutOff).toMatchObject({ state: 'unknown', problem: CUT_OFF_PROBLEM, attempts: 1 });

    // The network is fine again: still nothing goes until the physio chooses to send again.
    cut = false;
    app.services.outbox.start();
    await app.services.outbox.sendDueNow();
    expect(server.received).toHaveLength(0);
    app.services.mail.retry(cutOff.id);
    await app.services.outbox.sendDueNow();
    expect(server.received).toHaveLength(1);
  });

  it('fails with a readable reason when the login is refused, and again after a retry', async () => {
    const server = await smtpServer({ starttls: true, login: LOGIN });
    app.services.mail.updateSettings(settingsFor(server, { password: 'wrong password' }));
    const { patient } = await queuedEmail();
    await app.services.outbox.sendDueNow();
    const failed = stateOf(patient.id);
    expect(failed.state).toBe('failed');
    expect(failed.problem).toMatch(/refused the user name or password/);
    expect(server.received).toHaveLength(0);

    app.services.mail.updateSettings(settingsFor(server, { password: null }));
    expect(() => app.services.mail.retry(failed.id)).not.toThrow();
    await app.services.outbox.sendDueNow();
    expect(stateOf(patient.id).state).toBe('failed');
  });

  it('keeps emails waiting, and says why, when the saved password cannot be read here', async () => {
    const server = await smtpServer({ starttls: true, login: LOGIN });
    app.services.mail.updateSettings(settingsFor(server));
    // As when the database moves to a computer whose key store wrapped nothing of it.
    app.connection.db.run(
      sql`UPDATE clinic_settings SET value = json_set(value, '$.passwordWrapped', 'AAAA') WHERE key = 'mail'`,
    );
    const { patient } = await queuedEmail();
    await app.services.outbox.sendDueNow();
    const waiting = stateOf(patient.id);
    expect(waiting).toMatchObject({ state: 'queued', attempts: 0 });
    expect(waiting.problem).toMatch(/password cannot be read on this computer/);
    expect(server.received).toHaveLength(0);
  });

  it('fails with the server’s reason when it refuses the recipient', async () => {
    const server = await smtpServer({ refuse: ['nobody@example.com'] });
    app.services.mail.updateSettings(settingsFor(server, { security: 'none', username: '' }));
    const { patient } = await queuedEmail('nobody@example.com');
    await app.services.outbox.sendDueNow();
    const failed = stateOf(patient.id);
    expect(failed.state).toBe('failed');
    expect(failed.problem).toMatch(/refused the address/);
    expect(failed.problem).toContain('nobody@example.com does not exist');
  });

  it('tests the settings as typed and says exactly what went wrong', async () => {
    const server = await smtpServer({ starttls: true, login: LOGIN });
    const good = await app.services.mail.sendTest(settingsFor(server));
    expect(good.ok).toBe(true);
    expect(good.message).toContain('reception@harbourside.example');
    expect(server.received).toHaveLength(1);

    // Left out, the saved password is used, but only for the server it was saved for.
    app.services.mail.updateSettings(settingsFor(server));
    const kept = await app.services.mail.sendTest(settingsFor(server, { password: null }));
    expect(kept.ok).toBe(true);
    await expect(
      app.services.mail.sendTest(settingsFor({ port: server.port + 1 }, { password: null })),
    ).rejects.toThrow(/type the password again/);
    expect(server.received).toHaveLength(2);

    const badLogin = await app.services.mail.sendTest(settingsFor(server, { password: 'nope' }));
    expect(badLogin).toMatchObject({ ok: false });
    expect(badLogin.message).toMatch(/refused the user name or password/);

    delete trust.ca;
    const untrusted = await app.services.mail.sendTest(settingsFor(server));
    expect(untrusted.ok).toBe(false);
    expect(untrusted.message).toMatch(/secure connection .* could not be made/);
  });
});

describe('mail settings', () => {
  it('keeps the password only wrapped, keeps it when left out and removes it when cleared', () => {
    const saved = app.services.mail.updateSettings(settingsFor({ port: 587 }));
    expect(saved).toMatchObject({ passwordSaved: true, configured: true, host: '127.0.0.1' });
    expect(saved).not.toHaveProperty('password');
    const raw = JSON.stringify(
      app.connection.db.all(sql`SELECT value FROM clinic_settings WHERE key = 'mail'`),
    );
    expect(raw).not.toContain(LOGIN.pass);

    // The saved password only goes to the server it was saved for.
    expect(() =>
      app.services.mail.updateSettings(settingsFor({ port: 2525 }, { password: null })),
    ).toThrow(/type the password again/);
    expect(app.services.mail.settings().port).toBe(587);
    app.services.mail.updateSettings(settingsFor({ port: 587 }, { replyTo: '', password: null }));
    expect(app.services.mail.setup()?.server).toMatchObject({ port: 587, password: LOGIN.pass });
    app.services.mail.updateSettings(settingsFor({ port: 2525 }));

    app.services.mail.updateSettings(settingsFor({ port: 2525 }, { password: '' }));
    expect(app.services.mail.settings().passwordSaved).toBe(false);
    expect(app.services.mail.setup()?.server.password).toBe('');
  });

  it('refuses bad settings at the boundary with a message, changing nothing', async () => {
    const result = await app.router(sender, 'mail.updateSettings', {
      settings: { ...settingsFor({ port: 70000 }), fromAddress: 'reception at clinic' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(/port is between 1 and 65535/);
      expect(result.error.message).toMatch(/must look like name@example.com/);
    }
    expect(app.services.mail.settings().configured).toBe(false);
  });
});

describe('the outbox at the boundary', () => {
  it('refuses a bad address or a missing handout, and queues nothing', async () => {
    app.services.mail.updateSettings(settingsFor({ port: 2525 }));
    const { patient, handout } = await queuedEmail();
    const badAddress = await app.router(sender, 'mail.queue', {
      email: { handoutId: handout.handoutId, to: 'zoe at example', subject: 'Hi', body: 'Hi' },
    });
    expect(badAddress).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!badAddress.ok) expect(badAddress.error.message).toMatch(/must look like name@example.com/);

    const missing = await app.router(sender, 'mail.queue', {
      email: {
        handoutId: '0190a0b0-0000-7000-8000-000000000000',
        to: 'zoe@example.com',
        subject: 'Hi',
        body: 'Hi',
      },
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toMatch(/Make the handout again/);
    expect(app.services.mail.forPatient(patient.id)).toHaveLength(1);
  });

  it('refuses to queue while mail is not set up', async () => {
    const { program } = savedProgramFor(app);
    const handout = await app.services.handouts.render(program.id, 1, {
      nextAppointment: null,
      logWeeks: 4,
    });
    expect(app.services.mail.draftFor(handout.handoutId).canSend).toBe(false);
    const refused = await app.router(sender, 'mail.queue', {
      email: { handoutId: handout.handoutId, to: 'zoe@example.com', subject: 'Hi', body: 'Hi' },
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/Mail is not set up yet/);
  });
});

describe('a draft for the physio’s own mail program', () => {
  it('is a MIME message with the PDF, X-Unsent: 1 and no Date or Message-ID', async () => {
    app.services.mail.updateSettings(settingsFor({ port: 2525 }));
    const { handout, draft } = await queuedEmail();
    const opened = await app.services.mail.openInMailApp({
      handoutId: handout.handoutId,
      to: 'zoe@example.com',
      subject: draft.subject,
      body: draft.body,
    });
    expect(opened).toMatchObject({ opened: true, emlBase64: null });
    expect(opened.fileName).toMatch(/\.eml$/);
    const eml = readFileSync(join(app.folder.path, opened.fileName));
    const headerBlock = eml.toString('utf8').split('\r\n\r\n')[0]!;
    expect(headerBlock).toMatch(/^X-Unsent: 1$/m);
    expect(headerBlock).not.toMatch(/^Date:/im);
    expect(headerBlock).not.toMatch(/^Message-ID:/im);
    const parsed = await PostalMime.parse(eml);
    expect(parsed.to?.[0]?.address).toBe('zoe@example.com');
    expect(parsed.subject).toBe(draft.subject);
    expect(parsed.attachments[0]?.filename).toBe(handout.fileName);
    const pdf = Buffer.from(parsed.attachments[0]!.content as ArrayBuffer);
    expect(readPdf(pdf).text).toContain('Zoë Łukasiewicz');
  });
});

describe('a draft before mail is set up', () => {
  it('leaves the sender for the mail program to fill in', async () => {
    const { program } = savedProgramFor(app);
    const handout = await app.services.handouts.render(program.id, 1, {
      nextAppointment: null,
      logWeeks: 4,
    });
    const opened = await app.services.mail.openInMailApp({
      handoutId: handout.handoutId,
      to: 'zoe@example.com',
      subject: 'Your program',
      body: 'Hello Zoë',
    });
    const headerBlock = readFileSync(join(app.folder.path, opened.fileName), 'utf8').split(
      '\r\n\r\n',
    )[0]!;
    expect(headerBlock).not.toMatch(/^From:/im);
    expect(headerBlock).toMatch(/^To: zoe@example.com$/m);
    expect(headerBlock).toMatch(/^X-Unsent: 1$/m);
  });
});
