import { and, asc, eq, ne } from 'drizzle-orm';
import type {
  LockScreenPractitioner,
  Practitioner,
  PractitionerDetails,
  UnlockSecret,
} from '../../shared/domain/practitioner';
import type { AppDatabase } from '../db/connection';
import { practitioners } from '../db/schema';
import type { Clock } from './clock';
import { ConflictError, NotFoundError } from './errors';
import { hashUnlockSecret, matchesUnlockSecret } from './unlock-secret';

type Row = typeof practitioners.$inferSelect;

function toPractitioner(row: Row): Practitioner {
  const { secretHash, ...rest } = row;
  void secretHash; // never leaves main
  return { ...rest, profession: rest.profession as Practitioner['profession'] };
}

/**
 * The clinic's practitioner accounts. Accounts are never deleted, only deactivated, because
 * signed visits and the audit trail point at them.
 */
export function createPractitionerService(db: AppDatabase, clock: Clock) {
  function row(id: string): Row {
    const found = db.select().from(practitioners).where(eq(practitioners.id, id)).get();
    if (!found) throw new NotFoundError('That practitioner account could not be found.');
    return found;
  }

  function sameNameTaken(name: string, exceptId: string | null): void {
    const clash = db
      .select({ id: practitioners.id })
      .from(practitioners)
      .where(
        exceptId === null
          ? eq(practitioners.name, name)
          : and(eq(practitioners.name, name), ne(practitioners.id, exceptId)),
      )
      .get();
    if (clash) {
      throw new ConflictError(
        `There is already a practitioner called ${name}. Add a middle initial or another detail so the lock screen can tell you apart.`,
      );
    }
  }

  return {
    any(): boolean {
      return db.select({ id: practitioners.id }).from(practitioners).limit(1).get() !== undefined;
    },

    list(): Practitioner[] {
      return db
        .select()
        .from(practitioners)
        .orderBy(asc(practitioners.name))
        .all()
        .map(toPractitioner);
    },

    /** The names the lock screen offers: active accounts only. */
    forLockScreen(): LockScreenPractitioner[] {
      return db
        .select({
          id: practitioners.id,
          name: practitioners.name,
          secretKind: practitioners.secretKind,
        })
        .from(practitioners)
        .where(eq(practitioners.active, true))
        .orderBy(asc(practitioners.name))
        .all();
    },

    get(id: string): Practitioner {
      return toPractitioner(row(id));
    },

    /** `onlyTheFirst`: refused if any account exists by the time the hash is made. */
    async create(
      details: PractitionerDetails,
      secret: UnlockSecret,
      options: { onlyTheFirst?: boolean } = {},
    ): Promise<Practitioner> {
      sameNameTaken(details.name, null);
      const secretHash = await hashUnlockSecret(secret.value);
      // Checked after the (slow) hash and right before writing: two first accounts made at once
      // would otherwise both pass.
      if (options.onlyTheFirst && this.any()) {
        throw new ConflictError(
          'A practitioner account already exists. Choose your name on the lock screen and unlock.',
        );
      }
      const now = clock.nowIso();
      const id = clock.newId();
      db.insert(practitioners)
        .values({
          id,
          ...details,
          secretKind: secret.kind,
          secretHash,
          active: true,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      return toPractitioner(row(id));
    },

    update(id: string, details: PractitionerDetails): Practitioner {
      row(id);
      sameNameTaken(details.name, id);
      db.update(practitioners)
        .set({ ...details, updatedAt: clock.nowIso() })
        .where(eq(practitioners.id, id))
        .run();
      return toPractitioner(row(id));
    },

    async changeSecret(id: string, secret: UnlockSecret): Promise<Practitioner> {
      row(id);
      const secretHash = await hashUnlockSecret(secret.value);
      db.update(practitioners)
        .set({ secretKind: secret.kind, secretHash, updatedAt: clock.nowIso() })
        .where(eq(practitioners.id, id))
        .run();
      return toPractitioner(row(id));
    },

    /** Deactivates or reactivates; the last active account stays, or nobody could unlock. */
    setActive(id: string, active: boolean): Practitioner {
      const found = row(id);
      if (!active && found.active) {
        const others = db
          .select({ id: practitioners.id })
          .from(practitioners)
          .where(and(eq(practitioners.active, true), ne(practitioners.id, id)))
          .get();
        if (!others) {
          throw new ConflictError(
            `${found.name} is the only active practitioner. Add another practitioner first, or nobody could unlock Stride Clinic.`,
          );
        }
      }
      db.update(practitioners)
        .set({ active, updatedAt: clock.nowIso() })
        .where(eq(practitioners.id, id))
        .run();
      return toPractitioner(row(id));
    },

    /** The active account if the PIN or password is right; null otherwise. */
    async verify(id: string, secret: string): Promise<Practitioner | null> {
      const found = db.select().from(practitioners).where(eq(practitioners.id, id)).get();
      if (!found || !found.active) return null;
      return (await matchesUnlockSecret(secret, found.secretHash)) ? toPractitioner(found) : null;
    },
  };
}

export type PractitionerService = ReturnType<typeof createPractitionerService>;
