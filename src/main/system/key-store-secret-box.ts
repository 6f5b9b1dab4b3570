import type { OsKeyStore, SecretBox } from './ports';

/** Secrets (the mail password) wrapped by a key store, as the desktop's safeStorage box does. */
export function keyStoreSecretBox(store: OsKeyStore): SecretBox {
  return {
    wrap: (secret) => store.wrap(Buffer.from(secret, 'utf8')).toString('base64'),
    unwrap: (wrapped) => store.unwrap(Buffer.from(wrapped, 'base64')).toString('utf8'),
  };
}
