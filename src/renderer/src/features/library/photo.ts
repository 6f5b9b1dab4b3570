import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '../../../../shared/domain/custom-exercise';
import { fitsInBytes, openImage, scaledCanvas } from '../../images/scale-image';

/** The longest side a stored photo keeps: plenty for a handout, small in the database. */
const MAX_SIDE = 1200;

/**
 * Reads a picked image and scales it down to a JPEG data URL, so a 12-megapixel phone photo
 * becomes a few hundred kilobytes. Throws a message a physio can act on.
 */
export async function photoFromFile(file: File): Promise<string> {
  const bitmap = await openImage(file, PHOTO_TYPES, {
    wrongType: 'Choose a PNG, JPEG or WebP photo.',
    unreadable: 'That photo could not be read. Try another file.',
  });
  let dataUrl: string;
  try {
    // JPEG has no transparency: see-through parts become white rather than black.
    dataUrl = scaledCanvas(bitmap, MAX_SIDE, '#ffffff').toDataURL('image/jpeg', 0.85);
  } finally {
    bitmap.close();
  }
  if (!fitsInBytes(dataUrl, MAX_PHOTO_BYTES)) {
    throw new Error('That photo is too large even after scaling. Try a smaller one.');
  }
  return dataUrl;
}
