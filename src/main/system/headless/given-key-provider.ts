import { assertDatabaseKey, type KeyProvider } from '../ports';

/** Tests and the browser preview hand the key in directly. */
export function givenKeyProvider(key: Buffer): KeyProvider {
  assertDatabaseKey(key);
  return { databaseKey: async () => Buffer.from(key) };
}

/** Reads a key written as 64 hex characters (how the preview keeps its key). */
export function parseHexKey(text: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new Error('A database key must be 64 hexadecimal characters (256 bits).');
  }
  return Buffer.from(hex, 'hex');
}
