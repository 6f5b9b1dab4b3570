import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// pdf.js parses in its own web worker, so drawing a preview never blocks typing.
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Draws every page of a PDF as a PNG data URL at `scale` (1 = 72 dpi). Used for the on-screen
 * preview and, at a higher scale, for printing.
 */
export async function drawPdfPages(bytes: Uint8Array, scale: number): Promise<string[]> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: bytes.slice() });
  const document = await task.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale });
      const canvas = window.document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      pages.push(canvas.toDataURL('image/png'));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
