import { safeStorage } from 'electron';
import type { SecretBox } from '../ports';

/** The desktop app: secrets wrapped by the OS key store (Keychain, DPAPI, libsecret). */
export const safeStorageSecretBox: SecretBox = {
  wrap: (secret) => safeStorage.encryptString(secret).toString('base64'),
  unwrap: (wrapped) => safeStorage.decryptString(Buffer.from(wrapped, 'base64')),
};
