import type { HandoutData } from './handout-data';

export interface HandoutJob {
  id: number;
  data: HandoutData;
  /** ISO time written into the PDF's metadata. */
  createdAt: string;
}

export type HandoutJobResult = { id: number; pdf: Uint8Array } | { id: number; error: string };
