import { renderToBuffer } from '@react-pdf/renderer';
import { HandoutDocument } from './components/HandoutDocument';
import { loadHandoutFonts } from './fonts';
import type { HandoutData } from './handout-data';
import { numberPages } from './page-numbers';

/** Lays out and writes the handout PDF. CPU-bound: main runs it in a worker thread. */
export async function renderHandoutPdf(
  data: HandoutData,
  fontsDirectory: string,
  createdAt: Date,
): Promise<Buffer> {
  await loadHandoutFonts(fontsDirectory);
  const laidOut = await renderToBuffer(<HandoutDocument data={data} createdAt={createdAt} />);
  return numberPages(laidOut);
}
