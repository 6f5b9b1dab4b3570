import { randomBytes } from 'node:crypto';
import {
  readRecoveryKey,
  RECOVERY_KEY_RANDOM_BYTES,
  formatRecoveryKey,
} from '../../shared/domain/recovery-key';
import type { OsKeyStore } from '../system/ports';
import {
  KeyStoreCannotOpenError,
  RecoveryKeyTypoError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from './key-errors';
import type { KeyEnvelope } from './key-envelope';
import { openSealedKey, sealKey } from './sealed-key';
import {
  deriveWrappingKey,
  newScryptSettings,
  PASSPHRASE_COST,
  RECOVERY_KEY_COST,
} from './scrypt-key';

/**
 * Sealing the database key into an envelope and opening it again, in each of its three ways.
 * Pure crypto over the envelope object: reading and writing the file is key-envelope's job,
 * deciding what to do at start-up is the start-up gate's.
 */

/** How the key is opened day to day on this computer. */
export type DailyProtection =
  { kind: 'key-store'; store: OsKeyStore } | { kind: 'passphrase'; passphrase: string };

const context = (keyId: string, slot: 'key-store' | 'passphrase' | 'recovery') =>
  `stride-clinic database key ${keyId} ${slot}`;

async function sealDaily(
  keyId: string,
  databaseKey: Buffer,
  protection: DailyProtection,
): Promise<Pick<KeyEnvelope, 'keyStore' | 'passphrase'>> {
  if (protection.kind === 'key-store') {
    // The key store wraps a random secret, and the secret seals the key: the same AES-GCM
    // sealing for every slot, whatever the store does inside.
    const secret = randomBytes(32);
    const wrappedSecret = protection.store.wrap(secret).toString('base64');
    return {
      keyStore: { wrappedSecret, key: sealKey(databaseKey, secret, context(keyId, 'key-store')) },
    };
  }
  const settings = newScryptSettings(PASSPHRASE_COST);
  const wrappingKey = await deriveWrappingKey(protection.passphrase, settings);
  return {
    passphrase: { settings, key: sealKey(databaseKey, wrappingKey, context(keyId, 'passphrase')) },
  };
}

/**
 * A new envelope for a database key, and its recovery key: 144 random bits written in groups,
 * returned here once for the clinic to print, and kept nowhere but sealed into the envelope.
 */
export async function sealNewEnvelope(
  databaseKey: Buffer,
  protection: DailyProtection,
  now = new Date(),
): Promise<{ envelope: KeyEnvelope; recoveryKey: string }> {
  const keyId = randomBytes(16).toString('hex');
  const recoveryRandom = randomBytes(RECOVERY_KEY_RANDOM_BYTES);
  const recoverySettings = newScryptSettings(RECOVERY_KEY_COST);
  const recoveryWrappingKey = await deriveWrappingKey(recoveryRandom, recoverySettings);
  const envelope: KeyEnvelope = {
    format: 'stride-clinic-database-key',
    version: 1,
    keyId,
    createdAt: now.toISOString(),
    ...(await sealDaily(keyId, databaseKey, protection)),
    recovery: {
      settings: recoverySettings,
      key: sealKey(databaseKey, recoveryWrappingKey, context(keyId, 'recovery')),
    },
  };
  return { envelope, recoveryKey: formatRecoveryKey(recoveryRandom) };
}

/** The same key and recovery key, opened day to day another way (a new key store or passphrase). */
export async function withDailyProtection(
  envelope: KeyEnvelope,
  databaseKey: Buffer,
  protection: DailyProtection,
): Promise<KeyEnvelope> {
  const { keyStore: _keyStore, passphrase: _passphrase, ...rest } = envelope;
  return { ...rest, ...(await sealDaily(envelope.keyId, databaseKey, protection)) };
}

export function openWithKeyStore(envelope: KeyEnvelope, store: OsKeyStore): Buffer {
  if (!envelope.keyStore || store.kind !== 'secure') throw new KeyStoreCannotOpenError();
  let secret: Buffer;
  try {
    secret = store.unwrap(Buffer.from(envelope.keyStore.wrappedSecret, 'base64'));
  } catch {
    throw new KeyStoreCannotOpenError();
  }
  const key = openSealedKey(envelope.keyStore.key, secret, context(envelope.keyId, 'key-store'));
  if (!key) throw new KeyStoreCannotOpenError();
  return key;
}

export async function openWithPassphrase(
  envelope: KeyEnvelope,
  passphrase: string,
): Promise<Buffer> {
  if (!envelope.passphrase) throw new WrongPassphraseError();
  const wrappingKey = await deriveWrappingKey(passphrase, envelope.passphrase.settings);
  const key = openSealedKey(
    envelope.passphrase.key,
    wrappingKey,
    context(envelope.keyId, 'passphrase'),
  );
  if (!key) throw new WrongPassphraseError();
  return key;
}

export async function openWithRecoveryKey(envelope: KeyEnvelope, typed: string): Promise<Buffer> {
  const reading = readRecoveryKey(typed);
  if (!reading.ok) throw new RecoveryKeyTypoError(reading.message);
  const wrappingKey = await deriveWrappingKey(
    Buffer.from(reading.random),
    envelope.recovery.settings,
  );
  const key = openSealedKey(
    envelope.recovery.key,
    wrappingKey,
    context(envelope.keyId, 'recovery'),
  );
  if (!key) throw new WrongRecoveryKeyError();
  return key;
}
