import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * PINs and passwords are kept only as scrypt hashes. The stored text carries its own cost and
 * salt ("scrypt$N$r$p$salt$hash", base64), so the cost can be raised later without making
 * older hashes unreadable. N = 2^15 with r = 8 takes about 32 MiB and a few dozen
 * milliseconds: slow enough to make guessing a stolen file's short PINs costly, quick enough
 * for unlocking. A short PIN stays guessable offline by whoever holds the database key; the
 * hash is there so nobody reads PINs straight from the file, the lock's waits guard the screen.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must leave room for 128 * N * r bytes, or node refuses the cost.
    const maxmem = 256 * options.N! * options.r! + 1024 * 1024;
    scrypt(secret.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashUnlockSecret(secret: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(secret, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  );
}

/** True when `secret` is the one hashed; compares in constant time. */
export async function matchesUnlockSecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(secret, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
