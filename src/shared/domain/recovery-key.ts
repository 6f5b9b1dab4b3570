/**
 * The recovery key's written form, shared by the form (which catches a typo as the physio
 * types) and main (which checks again before trying it). Pure: no Node, no DOM.
 *
 * The key is 20 bytes: 18 random (144 bits, made in main) and a 2-byte CRC-16 of them. It is
 * written as 32 characters of Crockford's base32 in 8 groups of 4 ("7KQ2-…"). The alphabet has
 * no I, L, O or U, so what is read back from paper is forgiving: lower case, spaces, dashes, and
 * I/L for 1 and O for 0 are all accepted. A CRC-16 catches every single wrong character and
 * every swap of two neighbouring characters, so such a slip is reported as a typo rather than
 * as "not this clinic's key".
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_RANDOM_BYTES = 18;
const CHECK_BYTES = 2;
const TOTAL_BYTES = RECOVERY_KEY_RANDOM_BYTES + CHECK_BYTES;
export const RECOVERY_KEY_CHARACTERS = (TOTAL_BYTES * 8) / 5;
const GROUP = 4;

/** CRC-16/CCITT-FALSE: a fixed, well-known check that finds every error burst up to 16 bits. */
function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

function toBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return text;
}

/** Writes random bytes as a recovery key: the check appended, in groups of four. */
export function formatRecoveryKey(random: Uint8Array): string {
  if (random.length !== RECOVERY_KEY_RANDOM_BYTES) {
    throw new Error(`A recovery key is made from ${RECOVERY_KEY_RANDOM_BYTES} random bytes.`);
  }
  const check = crc16(random);
  const whole = new Uint8Array(TOTAL_BYTES);
  whole.set(random);
  whole[RECOVERY_KEY_RANDOM_BYTES] = check >> 8;
  whole[RECOVERY_KEY_RANDOM_BYTES + 1] = check & 0xff;
  const text = toBase32(whole);
  const groups: string[] = [];
  for (let start = 0; start < text.length; start += GROUP)
    groups.push(text.slice(start, start + GROUP));
  return groups.join('-');
}

export type RecoveryKeyReading =
  { ok: true; random: Uint8Array; normalised: string } | { ok: false; message: string };

/** Reads a typed recovery key; says plainly what is wrong with it when it cannot be one. */
export function readRecoveryKey(typed: string): RecoveryKeyReading {
  const characters = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (characters.length === 0) return { ok: false, message: 'Enter the recovery key' };
  const unknown = [...characters].find((character) => !ALPHABET.includes(character));
  if (unknown !== undefined) {
    return {
      ok: false,
      message: `The recovery key has letters and digits only; "${unknown}" is not one of them`,
    };
  }
  if (characters.length !== RECOVERY_KEY_CHARACTERS) {
    return {
      ok: false,
      message: `A recovery key has ${RECOVERY_KEY_CHARACTERS} letters and digits (8 groups of 4); this one has ${characters.length}`,
    };
  }
  const bytes = new Uint8Array(TOTAL_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const character of characters) {
    value = ((value << 5) | ALPHABET.indexOf(character)) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bytes[index] = (value >>> (bits - 8)) & 0xff;
      index += 1;
      bits -= 8;
    }
  }
  const random = bytes.slice(0, RECOVERY_KEY_RANDOM_BYTES);
  const check = ((bytes[RECOVERY_KEY_RANDOM_BYTES] ?? 0) << 8) | (bytes[TOTAL_BYTES - 1] ?? 0);
  if (crc16(random) !== check) {
    return {
      ok: false,
      message:
        'This recovery key has a typo: one of its letters or digits does not match. Check each group against the printed copy',
    };
  }
  return { ok: true, random, normalised: formatRecoveryKey(random) };
}
