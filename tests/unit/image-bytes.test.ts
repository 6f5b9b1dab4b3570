import { describe, expect, it } from 'vitest';
import { IncompleteError } from '../../src/main/services/errors';
import { imageTypeOf, readImageDataUrl } from '../../src/main/services/image-bytes';
import { encodePng } from '../support/png';

const png = encodePng(2, 2, () => [255, 0, 0, 255]);
const jpegStart = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const webpStart = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([0x24, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
]);
const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;

describe('telling image kinds by their first bytes', () => {
  it('knows PNG, JPEG and WebP, and nothing else', () => {
    expect(imageTypeOf(png)).toBe('image/png');
    expect(imageTypeOf(jpegStart)).toBe('image/jpeg');
    expect(imageTypeOf(webpStart)).toBe('image/webp');
    expect(imageTypeOf(Buffer.from('GIF89a'))).toBeNull();
    expect(imageTypeOf(Buffer.alloc(0))).toBeNull();
  });

  it('accepts a data URL whose bytes are the kind it claims and is allowed here', () => {
    const read = readImageDataUrl(dataUrl('image/png', png), ['image/png'], 'refused');
    expect(read.type).toBe('image/png');
    expect(read.bytes.equals(png)).toBe(true);
  });

  it('refuses a mismatch, a kind not allowed here, and a malformed data URL', () => {
    for (const url of [
      dataUrl('image/jpeg', png),
      dataUrl('image/webp', webpStart),
      dataUrl('image/png', Buffer.from('hello')),
      `data:image/png,${png.toString('base64')}`,
      png.toString('base64'),
    ]) {
      expect(() => readImageDataUrl(url, ['image/png', 'image/jpeg'], 'refused'), url).toThrow(
        IncompleteError,
      );
    }
  });
});
