import { parentPort, workerData } from 'node:worker_threads';
import type { HandoutJob, HandoutJobResult } from './worker-messages';
import { renderHandoutPdf } from './render-handout';
import { renderRecordPdf } from './render-record';
import { WARM_UP_HANDOUT } from './warm-up';

/**
 * The worker thread that lays out handouts (and patient record summaries), so a long render
 * never holds up main's answers to the window (saving a draft, searching) while the physio
 * waits for a preview.
 */
const { fontsDirectory } = workerData as { fontsDirectory: string };
const port = parentPort;
if (!port) throw new Error('The handout worker must run as a worker thread.');

// Warm up while the physio is still elsewhere in the app; a failure here shows on real jobs.
const warmedUp = renderHandoutPdf(WARM_UP_HANDOUT, fontsDirectory, new Date()).catch(() => null);

port.on('message', async (job: HandoutJob) => {
  await warmedUp;
  let reply: HandoutJobResult;
  try {
    const createdAt = new Date(job.createdAt);
    const pdf =
      job.kind === 'record'
        ? await renderRecordPdf(job.data, fontsDirectory, createdAt)
        : await renderHandoutPdf(job.data, fontsDirectory, createdAt);
    // A copy of its own, so the bytes can be handed over without copying them again.
    const bytes = new Uint8Array(pdf);
    reply = { id: job.id, pdf: bytes };
    port.postMessage(reply, [bytes.buffer]);
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
    port.postMessage(reply);
  }
});
