import { and, asc, eq, lte, min } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { AppDatabase } from '../db/connection';
import { outbox } from '../db/schema';
import type { Clock } from '../services/clock';
import { handoutMessage, messageId, type Sender } from './message';
import { sendProblem } from './send-problem';
import { smtpOptions, type SmtpServer, type TlsTrust } from './smtp-options';

/** The mail server and sender as saved in the settings; null while mail is not set up. */
export type MailSetup = () => { server: SmtpServer; sender: Sender } | null;

/** Waits after the 1st, 2nd, 3rd ... failed attempt; the last one repeats. */
const RETRY_AFTER_SECONDS = [30, 60, 120, 300];
/** The longest the sender sleeps before looking at the queue again. */
const LONGEST_SLEEP_MS = 60_000;

export const INTERRUPTED_PROBLEM =
  'The app stopped while this email was with the mail server, so it may or may not have been sent. It is not sent again on its own: ask the patient, then send it again if it did not arrive.';

function retryAt(nowIso: string, attempts: number): string {
  const seconds = RETRY_AFTER_SECONDS[Math.min(attempts, RETRY_AFTER_SECONDS.length) - 1]!;
  return new Date(Date.parse(nowIso) + seconds * 1000).toISOString();
}

/**
 * Works through the outbox in the background, one email at a time. Never twice: an email is
 * marked "sending" (and the attempt counted) in its own transaction before the server is
 * contacted, and marked "sent" in one transaction once the server accepts it. An email found
 * still "sending" when the app starts was interrupted at an unknown point, so it is marked
 * "unknown" (may have been sent) and waits for the physio instead of going again.
 */
export function createOutboxSender(options: {
  db: AppDatabase;
  clock: Clock;
  mailSetup: MailSetup;
  trust?: TlsTrust;
}) {
  const { db, clock, mailSetup } = options;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = true;
  let again = false;

  function markInterrupted(): number {
    return db
      .update(outbox)
      .set({ state: 'unknown', problem: INTERRUPTED_PROBLEM, nextAttemptAt: null })
      .where(eq(outbox.state, 'sending'))
      .run().changes;
  }

  /** Takes the next due email and records the attempt, in one transaction. */
  function claimNext() {
    return db.transaction((tx) => {
      const now = clock.nowIso();
      const next = tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.state, 'queued'), lte(outbox.nextAttemptAt, now)))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.createdAt))
        .limit(1)
        .get();
      if (!next) return null;
      tx.update(outbox)
        .set({ state: 'sending', attempts: next.attempts + 1, lastAttemptAt: now })
        .where(and(eq(outbox.id, next.id), eq(outbox.state, 'queued')))
        .run();
      return { ...next, attempts: next.attempts + 1 };
    });
  }

  async function sendOne(setup: NonNullable<ReturnType<MailSetup>>): Promise<boolean> {
    const email = claimNext();
    if (!email) return false;
    const transport = createTransport(smtpOptions(setup.server, options.trust));
    try {
      await transport.sendMail({
        ...handoutMessage(
          {
            to: email.toAddress,
            subject: email.subject,
            body: email.body,
            fileName: email.fileName,
            pdf: email.pdf,
          },
          setup.sender,
        ),
        messageId: messageId(email.id, setup.sender.fromAddress),
        date: new Date(clock.nowIso()),
      });
      db.update(outbox)
        .set({ state: 'sent', sentAt: clock.nowIso(), problem: null, nextAttemptAt: null })
        .where(eq(outbox.id, email.id))
        .run();
    } catch (error) {
      const { retry, problem } = sendProblem(error, setup.server);
      db.update(outbox)
        .set(
          retry
            ? { state: 'queued', problem, nextAttemptAt: retryAt(clock.nowIso(), email.attempts) }
            : { state: 'failed', problem, nextAttemptAt: null },
        )
        .where(eq(outbox.id, email.id))
        .run();
    } finally {
      transport.close();
    }
    return true;
  }

  /** Shows why nothing can go (the saved password cannot be read, say) on every waiting email. */
  function noteOnQueued(problem: string): void {
    db.update(outbox).set({ problem }).where(eq(outbox.state, 'queued')).run();
  }

  /** Sends every email that is due now, one after another. */
  async function sendDue(): Promise<void> {
    let setup;
    try {
      setup = mailSetup();
    } catch (error) {
      noteOnQueued(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!setup) return;
    while (await sendOne(setup)) {
      // One at a time, so that each is claimed and marked in turn.
    }
  }

  function schedule(): void {
    if (stopped) return;
    const next = db
      .select({ at: min(outbox.nextAttemptAt) })
      .from(outbox)
      .where(eq(outbox.state, 'queued'))
      .get()?.at;
    const wait = next ? Date.parse(next) - Date.parse(clock.nowIso()) : LONGEST_SLEEP_MS;
    timer = setTimeout(run, Math.max(0, Math.min(wait, LONGEST_SLEEP_MS)));
    // A sleeping sender must not keep the app (or a test run) alive.
    timer.unref();
  }

  function run(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (running) {
      again = true;
      return;
    }
    running = sendDue()
      .catch((error: unknown) => console.error('[mail] the outbox could not be worked', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        } else {
          schedule();
        }
      });
  }

  return {
    /** Marks emails interrupted by a stop as "unknown", then starts working the queue. */
    start(): void {
      markInterrupted();
      stopped = false;
      run();
    },
    /** Looks at the queue now (a new email, a retry, changed settings). */
    wake(): void {
      if (!stopped) run();
    },
    /** Sends what is due now and resolves when done (for tools and tests). */
    async sendDueNow(): Promise<void> {
      if (running) await running;
      await sendDue();
    },
    /** Stops looking at the queue; resolves once an email being sent has finished. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      if (running) await running;
    },
  };
}

export type OutboxSender = ReturnType<typeof createOutboxSender>;
