import { MAX_LOGO_BYTES } from '../../../../shared/domain/clinic-profile';
import { fitsInBytes, openImage, scaledCanvas } from '../../images/scale-image';

/** The longest side a logo keeps: sharp at letterhead size, small in the database. */
export const LOGO_MAX_SIDE = 600;

/** Files larger than this are refused before they are opened. */
const MAX_FILE_BYTES = 20_000_000;

/**
 * Reads a picked logo and scales it so its longest side is at most 600 px. It stays a PNG
 * (keeping any transparency) unless that is over the size limit; then it becomes a JPEG on
 * white. Throws a message a physio can act on.
 */
export async function logoFromFile(file: File): Promise<string> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error('That file is too large for a logo (over 20 MB). Choose a smaller image.');
  }
  const bitmap = await openImage(file, ['image/png', 'image/jpeg'], {
    wrongType: 'The logo must be a PNG or JPEG image.',
    unreadable: 'That image could not be read. Try another file.',
  });
  try {
    const png = scaledCanvas(bitmap, LOGO_MAX_SIDE).toDataURL('image/png');
    if (fitsInBytes(png, MAX_LOGO_BYTES)) return png;
    const jpeg = scaledCanvas(bitmap, LOGO_MAX_SIDE, '#ffffff').toDataURL('image/jpeg', 0.9);
    if (fitsInBytes(jpeg, MAX_LOGO_BYTES)) return jpeg;
  } finally {
    bitmap.close();
  }
  throw new Error('That logo is too large even after scaling (over 500 kB). Try a simpler image.');
}
