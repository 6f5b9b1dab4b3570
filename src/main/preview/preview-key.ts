import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHexKey } from '../system/headless/given-key-provider';

/**
 * The preview's database key: STRIDE_DB_KEY (64 hex characters) when set, otherwise a key the
 * preview keeps beside its data. That is fine for demo data only: real patient records belong
 * in the desktop app, whose key the OS key store protects.
 */
export function previewKey(dataDirectory: string): Buffer {
  const fromEnvironment = process.env['STRIDE_DB_KEY'];
  if (fromEnvironment) return parseHexKey(fromEnvironment);
  const keyFile = join(dataDirectory, 'preview.key');
  if (existsSync(keyFile)) return parseHexKey(readFileSync(keyFile, 'utf8'));
  mkdirSync(dataDirectory, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(keyFile, key.toString('hex'), { mode: 0o600 });
  return key;
}
