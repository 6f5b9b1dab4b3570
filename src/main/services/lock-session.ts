import {
  IDLE_LOCK_MINUTES_DEFAULT,
  lockSettingsSchema,
  type LockSettings,
  type LockState,
  type Practitioner,
  type PractitionerDetails,
  type UnlockSecret,
} from '../../shared/domain/practitioner';
import type { IpcMethod } from '../../shared/ipc/methods';
import type { IpcError } from '../../shared/ipc/result';
import type { AuditActor, AuditTrail } from '../audit/audit-trail';
import { isStartupMethod } from '../startup/startup-methods';
import type { Clock } from './clock';
import { ConflictError, IncompleteError } from './errors';
import type { PractitionerService } from './practitioners';
import type { SettingsService } from './settings';

/** What the lock screen needs; every other method is refused while the app is locked. */
export const LOCK_SCREEN_METHODS: ReadonlySet<IpcMethod> = new Set<IpcMethod>([
  'app.info',
  'lock.status',
  'lock.unlock',
  'lock.activity',
  'lock.lock',
  'practitioners.forLockScreen',
  'practitioners.createFirst',
]);

/** Wrong tries in a row before the lock screen makes the practitioner wait. */
export const WRONG_TRIES_BEFORE_WAIT = 5;
/** The first wait; each later one in a row is twice as long, up to the longest. */
export const WAIT_AFTER_WRONG_TRIES_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 60 * 60;
/** Where the wrong tries are kept, so closing and opening the app does not start them afresh. */
const WRONG_TRIES_SETTING = 'unlock-wrong-tries';

interface WrongTries {
  /** Wrong tries in a row since the last wait, the ones being checked now included. */
  count: number;
  /** How many waits in a row there have been: each doubles the next. */
  waits: number;
  waitUntilMs: number;
}

/** How to say a wait: "30 seconds", "4 minutes". */
function describeWait(seconds: number): string {
  return seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

const LOCK_SETTINGS = 'lock';

export const LOCKED: IpcError = {
  code: 'locked',
  message: 'Stride Clinic is locked. Unlock it with your PIN or password to carry on.',
};

export interface Working {
  practitioner: Pick<Practitioner, 'id' | 'name' | 'profession'>;
  lastActivityMs: number;
}

/**
 * Who is working now. The truth lives here in main, not in the page: the router asks
 * `refusal` before every call, so a locked app answers nothing but the lock screen's methods
 * whatever the page does. Idle time is counted from the last activity the page reported
 * (keys, pointer), not from calls, so a page that polls in the background still locks.
 */
export function createLockSession(
  clock: Clock,
  deps: { practitioners: PractitionerService; audit: AuditTrail; settings: SettingsService },
) {
  let working: Working | null = null;
  const nowMs = () => Date.parse(clock.nowIso());

  function allWrongTries(): Record<string, WrongTries> {
    const stored = deps.settings.stored(WRONG_TRIES_SETTING);
    return typeof stored === 'object' && stored !== null
      ? (stored as Record<string, WrongTries>)
      : {};
  }

  function wrongTriesOf(practitionerId: string): WrongTries {
    return allWrongTries()[practitionerId] ?? { count: 0, waits: 0, waitUntilMs: 0 };
  }

  function keepWrongTries(practitionerId: string, tries: WrongTries | null): void {
    const all = allWrongTries();
    if (tries) all[practitionerId] = tries;
    else delete all[practitionerId];
    deps.settings.store(WRONG_TRIES_SETTING, all);
  }

  function lockSettings(): LockSettings {
    const parsed = lockSettingsSchema.safeParse(deps.settings.stored(LOCK_SETTINGS));
    return parsed.success ? parsed.data : { idleMinutes: IDLE_LOCK_MINUTES_DEFAULT };
  }

  function lock(note: string): void {
    if (!working) return;
    const { practitioner } = working;
    working = null;
    deps.audit.record({ actor: practitioner, action: 'locked', subject: 'Stride Clinic', note });
  }

  function lockIfIdle(): void {
    if (!working) return;
    const { idleMinutes } = lockSettings();
    if (nowMs() - working.lastActivityMs >= idleMinutes * 60_000) {
      lock(`after ${idleMinutes} minutes without use`);
    }
  }

  function state(): LockState {
    return {
      unlocked: working !== null,
      practitioner: working?.practitioner ?? null,
      anyPractitioner: deps.practitioners.any(),
      idleMinutes: lockSettings().idleMinutes,
    };
  }

  function startWorking(practitioner: Working['practitioner']): void {
    working = {
      practitioner: {
        id: practitioner.id,
        name: practitioner.name,
        profession: practitioner.profession,
      },
      lastActivityMs: nowMs(),
    };
    deps.audit.record({ actor: practitioner, action: 'unlocked', subject: 'Stride Clinic' });
  }

  return {
    status(): LockState {
      lockIfIdle();
      return state();
    },

    /** The page saw the practitioner use it (throttled there); keeps the app unlocked. */
    activity(): LockState {
      lockIfIdle();
      if (working) working.lastActivityMs = nowMs();
      return state();
    },

    lockNow(): LockState {
      lock('on request');
      return state();
    },

    async unlock(practitionerId: string, secret: string): Promise<LockState> {
      const tries = wrongTriesOf(practitionerId);
      const waitMs = tries.waitUntilMs - nowMs();
      // Tries still being checked count too, so guesses sent all at once cannot pass the limit.
      if (waitMs > 0 || tries.count >= WRONG_TRIES_BEFORE_WAIT) {
        const seconds = Math.max(1, Math.ceil(waitMs / 1000));
        throw new IncompleteError(
          `Too many wrong tries. Wait ${describeWait(seconds)}, then try again.`,
        );
      }
      // Counted before the slow check, and kept in the database, before the answer is known.
      const count = tries.count + 1;
      keepWrongTries(practitionerId, { ...tries, count });
      const practitioner = await deps.practitioners.verify(practitionerId, secret);
      if (!practitioner) {
        const known = deps.practitioners.forLockScreen().find((p) => p.id === practitionerId);
        deps.audit.record({
          actor: known ? { id: known.id, name: known.name } : null,
          action: 'unlock-failed',
          subject: 'Stride Clinic',
          note: `wrong PIN or password (${count} in a row)`,
        });
        if (count >= WRONG_TRIES_BEFORE_WAIT) {
          const seconds = Math.min(
            WAIT_AFTER_WRONG_TRIES_SECONDS * 2 ** tries.waits,
            LONGEST_WAIT_SECONDS,
          );
          keepWrongTries(practitionerId, {
            count: 0,
            waits: tries.waits + 1,
            waitUntilMs: nowMs() + seconds * 1000,
          });
          throw new IncompleteError(
            `That was wrong ${WRONG_TRIES_BEFORE_WAIT} times in a row. Wait ${describeWait(seconds)}, then try again.`,
          );
        }
        throw new IncompleteError(
          'That PIN or password is not right. Check it and try again (is Caps Lock on?).',
        );
      }
      keepWrongTries(practitionerId, null);
      if (working && working.practitioner.id !== practitioner.id)
        lock('another practitioner unlocked');
      startWorking(practitioner);
      return state();
    },

    /** The lock screen's first run: the first account is made and is unlocked at once. */
    async createFirst(details: PractitionerDetails, secret: UnlockSecret): Promise<LockState> {
      if (deps.practitioners.any()) {
        throw new ConflictError(
          'A practitioner account already exists. Choose your name on the lock screen and unlock.',
        );
      }
      const practitioner = await deps.practitioners.create(details, secret, {
        onlyTheFirst: true,
      });
      deps.audit.record({
        actor: practitioner,
        action: 'created',
        subject: 'practitioner account',
        note: practitioner.name,
      });
      startWorking(practitioner);
      return state();
    },

    /** Who is working now, for the app opened again after a database key change. */
    handOver(): Working | null {
      lockIfIdle();
      return working ? { ...working } : null;
    },

    /**
     * Carries on as the practitioner who changed the database key: the app closed and opened
     * again under them, but it is the same person at the same computer, and the screen still
     * has the new recovery key to show. Recorded here, on the database under its new key.
     */
    takeOver(handed: Working, note: string): void {
      const still = deps.practitioners
        .forLockScreen()
        .some((practitioner) => practitioner.id === handed.practitioner.id);
      if (!still) return;
      working = { ...handed };
      deps.audit.record({
        actor: { id: handed.practitioner.id, name: handed.practitioner.name },
        action: 'changed',
        subject: 'database key',
        note,
      });
    },

    /** The unlocked practitioner, for signatures and the audit trail; null while locked. */
    current(): AuditActor | null {
      lockIfIdle();
      return working ? { id: working.practitioner.id, name: working.practitioner.name } : null;
    },

    /** Who signs or saves now: the unlocked practitioner (the router lets no call in otherwise). */
    signer(): AuditActor {
      const actor = this.current();
      if (!actor) {
        throw new ConflictError(
          'Stride Clinic locked before this was saved, so nothing was signed. Unlock and try again.',
        );
      }
      return actor;
    },

    /** The router's question before every call: null lets the call through. */
    refusal(method: IpcMethod): IpcError | null {
      // The start-up gate's own methods (the database key) come before anyone can unlock.
      if (LOCK_SCREEN_METHODS.has(method) || isStartupMethod(method)) return null;
      lockIfIdle();
      return working ? null : LOCKED;
    },

    settings: lockSettings,

    updateSettings(settings: LockSettings): LockSettings {
      deps.settings.store(LOCK_SETTINGS, settings);
      return settings;
    },
  };
}

export type LockSession = ReturnType<typeof createLockSession>;
