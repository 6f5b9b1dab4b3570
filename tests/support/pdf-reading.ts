import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** How many bitmap images each page of a PDF holds (poppler's pdfimages). */
export function imagesPerPage(pdf: Buffer): number[] {
  return withPdfFile(pdf, (file) => {
    const pages = Number(
      /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    const counts = Array.from({ length: pages }, () => 0);
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    for (const line of list.split('\n').slice(2)) {
      // A PNG's transparency is listed as its own 'smask' row: count the images only.
      const [page, , type] = line.trim().split(/\s+/);
      if (Number(page) > 0 && type === 'image') counts[Number(page) - 1]! += 1;
    }
    return counts;
  });
}

/**
 * How many vector paths on each page are stroked in each colour (hex). Poppler's pdftocairo
 * writes the pages as SVG, keeping vector shapes as paths and bitmaps as images.
 */
export function vectorStrokesPerPage(pdf: Buffer): Map<string, number>[] {
  return withPdfFile(pdf, (file, folder) => {
    execFileSync('pdftocairo', ['-svg', file, join(folder, 'pages.svg')]);
    const svg = readFileSync(join(folder, 'pages.svg'), 'utf8');
    const hex = (percent: string) =>
      Math.round((Number(percent) / 100) * 255)
        .toString(16)
        .padStart(2, '0');
    return svg
      .split('<page>')
      .slice(1)
      .map((page) => {
        const strokes = new Map<string, number>();
        for (const [, r, g, b] of page.matchAll(
          /<path[^>]*stroke:rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\)/g,
        )) {
          const colour = `#${hex(r!)}${hex(g!)}${hex(b!)}`;
          strokes.set(colour, (strokes.get(colour) ?? 0) + 1);
        }
        return strokes;
      });
  });
}

function withPdfFile<T>(pdf: Buffer, use: (file: string, folder: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'stride-pdf-'));
  try {
    const file = join(folder, 'document.pdf');
    writeFileSync(file, pdf);
    return use(file, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
