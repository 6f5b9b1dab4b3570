import { and, asc, eq, lte, min } from 'drizzle-orm';
import { Readable } from 'node:stream';
import { createTransport } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
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

export const CUT_OFF_PROBLEM =
  'The connection to the mail server broke after the email was handed over, before the server confirmed it, so it may or may not have been sent. It is not sent again on its own: ask the patient, then send it again if it did not arrive.';

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
      const claimed = tx
        .update(outbox)
        .set({ state: 'sending', attempts: next.attempts + 1, lastAttemptAt: now })
        .where(and(eq(outbox.id, next.id), eq(outbox.state, 'queued')))
        .run().changes;
      return claimed === 1 ? { ...next, attempts: next.attempts + 1 } : null;
    });
  }

  /**
   * Hands one email to the server and says what became of it. The message goes as a stream,
   * so the sender knows when all of it has been handed over: a connection lost after that,
   * before the server's reply, may have delivered it, and it is not sent again on its own.
   */
  async function deliver(
    email: typeof outbox.$inferSelect,
    setup: NonNullable<ReturnType<MailSetup>>,
  ): Promise<Partial<typeof outbox.$inferInsert>> {
    const message = await new MailComposer({
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
    })
      .compile()
      .build();
    let handedOver = false;
    const raw = Readable.from([message]);
    raw.once('end', () => {
      handedOver = true;
    });
    const transport = createTransport(smtpOptions(setup.server, options.trust));
    try {
      await transport.sendMail({
        envelope: { from: setup.sender.fromAddress, to: [email.toAddress] },
        raw,
      });
      return { state: 'sent', sentAt: clock.nowIso(), problem: null, nextAttemptAt: null };
    } catch (error) {
      const serverReplied = typeof (error as { responseCode?: unknown }).responseCode === 'number';
      if (handedOver && !serverReplied) {
        return { state: 'unknown', problem: CUT_OFF_PROBLEM, nextAttemptAt: null };
      }
      const { retry, problem } = sendProblem(error, setup.server);
      return retry
        ? { state: 'queued', problem, nextAttemptAt: retryAt(clock.nowIso(), email.attempts) }
        : { state: 'failed', problem, nextAttemptAt: null };
    } finally {
      transport.close();
    }
  }

  /** Claims, sends and records one due email; false when none is due. */
  async function sendOne(setup: NonNullable<ReturnType<MailSetup>>): Promise<boolean> {
    const email = claimNext();
    if (!email) return false;
    const outcome = await deliver(email, setup);
    // Outside the send's error handling: should this write fail, the email stays "sending"
    // and the next start shows it as "may have been sent", never as a failure to resend.
    db.update(outbox).set(outcome).where(eq(outbox.id, email.id)).run();
    return true;
  }

  /** Shows why nothing can go (the saved password cannot be read, say) on every waiting email. */
  function noteOnQueued(problem: string): void {
    db.update(outbox).set({ problem }).where(eq(outbox.state, 'queued')).run();
  }

  /**
   * Sends every email that is due now, one after another. Returns false when mail cannot go
   * at all (not set up, or the password cannot be opened): the sender then waits for new
   * settings (which wake it) or its longest sleep, rather than trying again at once.
   */
  async function sendDue(): Promise<boolean> {
    let setup;
    try {
      setup = mailSetup();
    } catch (error) {
      noteOnQueued(error instanceof Error ? error.message : String(error));
      return false;
    }
    if (!setup) return false;
    while (await sendOne(setup)) {
      // One at a time, so that each is claimed and marked in turn.
    }
    return true;
  }

  function schedule(canSend: boolean): void {
    if (stopped) return;
    const next = db
      .select({ at: min(outbox.nextAttemptAt) })
      .from(outbox)
      .where(eq(outbox.state, 'queued'))
      .get()?.at;
    const wait = canSend && next ? Date.parse(next) - Date.parse(clock.nowIso()) : LONGEST_SLEEP_MS;
    timer = setTimeout(run, Math.max(0, Math.min(wait, LONGEST_SLEEP_MS)));
    // A sleeping sender must not keep the app (or a test run) alive.
    timer.unref();
  }

  /** Works the queue now, or right after the pass under way; then sleeps until the next is due. */
  function run(): void {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = null;
    if (running) {
      again = true;
      return;
    }
    let canSend = true;
    running = sendDue()
      .then((sent) => {
        canSend = sent;
      })
      .catch((error: unknown) => console.error('[mail] the outbox could not be worked', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        } else {
          schedule(canSend);
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
      while (running) await running;
      running = sendDue().then(() => undefined);
      try {
        await running;
      } finally {
        running = null;
        // A started sender goes on with its own rhythm (a wake may have come meanwhile).
        run();
      }
    },
    /** Stops looking at the queue; resolves once an email being sent has finished. */
    async stop(): Promise<void> {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      while (running) await running;
    },
  };
}

export type OutboxSender = ReturnType<typeof createOutboxSender>;
