import { IncompleteError } from './errors';

/** The image kinds the app stores anywhere (exercise photos, the clinic's logo). */
export type ImageType = 'image/png' | 'image/jpeg' | 'image/webp';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The kind of image the bytes really are, from the bytes each kind starts with; else null. */
export function imageTypeOf(bytes: Buffer): ImageType | null {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return null;
}

/**
 * Decodes a base64 image data URL and checks its bytes are the kind it claims to be, and one
 * of the kinds accepted here. Throws an IncompleteError with `refusal` otherwise, so nothing
 * is stored.
 */
export function readImageDataUrl<T extends ImageType>(
  dataUrl: string,
  accepted: readonly T[],
  refusal: string,
): { bytes: Buffer; type: T } {
  const comma = dataUrl.indexOf(',');
  const header = comma === -1 ? '' : dataUrl.slice(0, comma);
  const claimed = /^data:([^;,]+);base64$/.exec(header)?.[1];
  const bytes = Buffer.from(dataUrl.slice(comma + 1), 'base64');
  const type = imageTypeOf(bytes);
  if (!type || type !== claimed || !(accepted as readonly ImageType[]).includes(type)) {
    throw new IncompleteError(refusal);
  }
  return { bytes, type: type as T };
}
