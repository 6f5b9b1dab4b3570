import type { HandoutData } from './handout-data';
import type { RecordSummaryData } from './record-data';

/** Turns handout data into PDF bytes: in a worker thread in the app, in-process in tests. */
export interface HandoutRenderer {
  /** Gets ready ahead of the first handout (starts and warms the worker); optional to call. */
  start(): void;
  render(data: HandoutData, createdAt: Date): Promise<Buffer>;
  /** The patient record summary: a second kind of document, with the same fonts and worker. */
  renderRecord(data: RecordSummaryData, createdAt: Date): Promise<Buffer>;
  close(): Promise<void>;
}
