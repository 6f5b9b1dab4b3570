import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { derivedSecretBox } from '../../src/main/system/headless/derived-secret-box';

describe('the secret box of tests and the preview', () => {
  it('wraps a secret so it is not readable, and opens it again with the same key', () => {
    const key = randomBytes(32);
    const wrapped = derivedSecretBox(key).wrap('correct horse battery staple');
    expect(Buffer.from(wrapped, 'base64').toString('latin1')).not.toContain('horse');
    expect(derivedSecretBox(key).unwrap(wrapped)).toBe('correct horse battery staple');
  });

  it('wraps the same secret differently each time', () => {
    const box = derivedSecretBox(randomBytes(32));
    expect(box.wrap('same')).not.toBe(box.wrap('same'));
  });

  it('refuses to open with another key or after a change, rather than misreading', () => {
    const wrapped = derivedSecretBox(randomBytes(32)).wrap('Zoë’s clinic password');
    expect(() => derivedSecretBox(randomBytes(32)).unwrap(wrapped)).toThrow();
    const box = derivedSecretBox(randomBytes(32));
    const tampered = Buffer.from(box.wrap('secret'), 'base64');
    tampered[tampered.length - 1]! ^= 1;
    expect(() => box.unwrap(tampered.toString('base64'))).toThrow();
  });
});
