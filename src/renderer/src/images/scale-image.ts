/**
 * Shared steps for images a physio picks (exercise photos, the clinic's logo): open the file,
 * scale it down on a canvas, and check the encoded result fits what main accepts.
 */

/** Opens a picked image file; throws `wrongType` or `unreadable` as a message to show. */
export async function openImage(
  file: File,
  accepted: readonly string[],
  messages: { wrongType: string; unreadable: string },
): Promise<ImageBitmap> {
  if (!accepted.includes(file.type)) throw new Error(messages.wrongType);
  try {
    return await createImageBitmap(file);
  } catch {
    throw new Error(messages.unreadable);
  }
}

/**
 * Draws the image on a canvas whose longest side is at most `maxSide` (never enlarged). With
 * a background, transparent parts are filled with it (JPEG has no transparency).
 */
export function scaledCanvas(
  bitmap: ImageBitmap,
  maxSide: number,
  background?: string,
): HTMLCanvasElement {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d')!;
  if (background) {
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/** Whether a base64 data URL's decoded bytes are at most `maxBytes`. */
export function fitsInBytes(dataUrl: string, maxBytes: number): boolean {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length * 3) / 4 - padding <= maxBytes;
}
