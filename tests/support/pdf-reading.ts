import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Reads a PDF back with poppler's tools, as a patient's PDF viewer would see it. */
export interface ReadBackPdf {
  pageCount: number;
  /** Text per page in content order, whitespace collapsed to single spaces. */
  pages: string[];
  /** All pages' text together. */
  text: string;
  /** Every word with its box, to check nothing lies outside the page. */
  words: { page: number; text: string; xMin: number; yMin: number; xMax: number; yMax: number }[];
  pageSizes: { width: number; height: number }[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export function readPdf(pdf: Buffer): ReadBackPdf {
  const folder = mkdtempSync(join(tmpdir(), 'stride-pdf-'));
  try {
    const file = join(folder, 'handout.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    const pages = raw.split('\f').slice(0, pageCount).map(collapse);
    const bbox = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    const pageSizes: ReadBackPdf['pageSizes'] = [];
    const words: ReadBackPdf['words'] = [];
    for (const [, width, height, body] of bbox.matchAll(
      /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g,
    )) {
      pageSizes.push({ width: Number(width), height: Number(height) });
      for (const [, xMin, yMin, xMax, yMax, text] of body!.matchAll(
        /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
      )) {
        words.push({
          page: pageSizes.length,
          text: text!,
          xMin: Number(xMin),
          yMin: Number(yMin),
          xMax: Number(xMax),
          yMax: Number(yMax),
        });
      }
    }
    return { pageCount, pages, text: pages.join(' '), words, pageSizes };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Writes each page as a PNG (for a person to look at). */
export function pagesToPng(pdf: Buffer, outputPrefix: string, dpi = 80): void {
  const folder = mkdtempSync(join(tmpdir(), 'stride-png-'));
  try {
    const file = join(folder, 'handout.pdf');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, outputPrefix]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
