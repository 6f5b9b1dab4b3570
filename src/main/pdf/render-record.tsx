import { renderToBuffer } from '@react-pdf/renderer';
import { RecordDocument } from './components/RecordDocument';
import { loadHandoutFonts } from './fonts';
import { numberPages } from './page-numbers';
import type { RecordSummaryData } from './record-data';

/** Lays out and writes the patient record summary PDF, with the handout's fonts and footer. */
export async function renderRecordPdf(
  data: RecordSummaryData,
  fontsDirectory: string,
  createdAt: Date,
): Promise<Buffer> {
  await loadHandoutFonts(fontsDirectory);
  const laidOut = await renderToBuffer(<RecordDocument data={data} createdAt={createdAt} />);
  return numberPages(laidOut);
}
