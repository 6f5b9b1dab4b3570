import type { HandoutData } from './handout-data';
import type { RecordSummaryData } from './record-data';

/** One document for the worker to lay out: a home program handout or a record summary. */
export type HandoutJob =
  | {
      id: number;
      kind: 'handout';
      data: HandoutData;
      /** ISO time written into the PDF's metadata. */
      createdAt: string;
    }
  | { id: number; kind: 'record'; data: RecordSummaryData; createdAt: string };

export type HandoutJobResult = { id: number; pdf: Uint8Array } | { id: number; error: string };
