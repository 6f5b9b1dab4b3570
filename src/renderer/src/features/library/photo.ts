import { MAX_PHOTO_BYTES } from '../../../../shared/domain/custom-exercise';

/** The longest side a stored photo keeps: plenty for a handout, small in the database. */
const MAX_SIDE = 1200;

/**
 * Reads a picked image and scales it down to a JPEG data URL, so a 12-megapixel phone photo
 * becomes a few hundred kilobytes. Throws a message a physio can act on.
 */
export async function photoFromFile(file: File): Promise<string> {
  if (!['image/png', 'image/jpeg', 'image/webp'].includes(file.type)) {
    throw new Error('Choose a PNG, JPEG or WebP photo.');
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error('That photo could not be read. Try another file.');
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const dataUrl = canvas.toDataURL('image/jpeg', 0.85);
  if ((dataUrl.length * 3) / 4 > MAX_PHOTO_BYTES) {
    throw new Error('That photo is too large even after scaling. Try a smaller one.');
  }
  return dataUrl;
}
