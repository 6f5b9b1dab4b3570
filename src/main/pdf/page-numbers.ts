import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** Where the footer line sits: its right end and baseline, in points from the page corner. */
const RIGHT_MARGIN = 40;
const BASELINE = 27;
const SIZE = 8.5;
/** The footer's muted grey (#5f6b76). */
const GREY = rgb(0x5f / 255, 0x6b / 255, 0x76 / 255);

/**
 * Writes "Page N of M" at the right end of each page's footer. react-pdf can number pages
 * itself, but any text that depends on the page makes it lay the whole document out again at
 * every page break (about a third of the render time); stamping the finished file costs a few
 * milliseconds. Digits and ASCII words need no embedded font: Helvetica is built into PDF.
 */
export async function numberPages(pdf: Buffer): Promise<Buffer> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const font = await document.embedFont(StandardFonts.Helvetica);
  const pages = document.getPages();
  pages.forEach((page, index) => {
    const text = `Page ${index + 1} of ${pages.length}`;
    const width = font.widthOfTextAtSize(text, SIZE);
    page.drawText(text, {
      x: page.getWidth() - RIGHT_MARGIN - width,
      y: BASELINE,
      size: SIZE,
      font,
      color: GREY,
    });
  });
  return Buffer.from(await document.save({ updateFieldAppearances: false }));
}
