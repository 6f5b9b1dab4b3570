import { PNG } from 'pngjs';

/** PNG colour types that carry transparency in every pixel: grey + alpha, RGBA. */
const ALPHA_COLOUR_TYPES = new Set([4, 6]);

function hasTransparency(png: Buffer): boolean {
  const colourType = png[25] ?? 0; // IHDR's colour type byte, at a fixed offset
  return ALPHA_COLOUR_TYPES.has(colourType) || png.includes(Buffer.from('tRNS', 'latin1'));
}

/**
 * The logo as the handout can use it: a PNG with transparency is laid on white (the page it
 * is printed on) and kept as a plain RGB PNG. A PDF takes such a PNG's data as it is, where
 * transparency has to be decoded and split out again for every handout made: about a tenth
 * of the render time. Anything else comes back unchanged. Throws if the PNG cannot be read.
 */
export function opaqueLogo(bytes: Buffer): Buffer {
  const image = PNG.sync.read(bytes); // decoded even when kept, to refuse a broken file
  if (!hasTransparency(bytes)) return bytes;
  return PNG.sync.write(image, {
    colorType: 2,
    inputColorType: 6,
    inputHasAlpha: true,
    bgColor: { red: 255, green: 255, blue: 255 },
  });
}
