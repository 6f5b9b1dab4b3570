import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { buildHandoutData } from '../src/main/pdf/build-handout-data';
import type { HandoutData } from '../src/main/pdf/handout-data';
import { workerHandoutRenderer } from '../src/main/pdf/worker-renderer';
import { opaqueLogo } from '../src/main/services/opaque-logo';
import {
  FONTS_DIRECTORY,
  SAMPLE_CLINIC,
  sampleContent,
  sampleHandoutSource,
  sampleItems,
} from '../tests/support/handout-samples';
import { readPdf } from '../tests/support/pdf-reading';
import { sampleLogoPng } from '../tests/support/png';
import { percentile, printFigure } from './figures';
import { handoutHtml } from './handout-html';

const EXERCISES = 8;
const RUNS = 30;
const WORKER_FILE = resolve(__dirname, '../out/main/handout-worker.js');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The 8-exercise handout with a clinic logo 600 px wide (the most the app keeps), stored as
 * the app stores it: a transparent PNG laid on white.
 */
function benchHandoutData(): HandoutData {
  const logo = `data:image/png;base64,${opaqueLogo(sampleLogoPng(600, 300)).toString('base64')}`;
  return buildHandoutData(
    sampleHandoutSource({
      content: sampleContent({ items: sampleItems(EXERCISES) }),
      clinic: { ...SAMPLE_CLINIC, logo },
    }),
  );
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return percentile(sorted, 0.5);
}

/**
 * Makes one PDF to warm up (not counted), then times `RUNS` more, one after another. Returns
 * the times in milliseconds and the last PDF, to check it afterwards.
 */
async function timeRuns(makePdf: () => Promise<Buffer>) {
  let pdf = await makePdf();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    pdf = await makePdf();
    samples.push(performance.now() - start);
  }
  return { samples, pdf };
}

/**
 * Reads a PDF back with poppler and throws unless it is a real handout: a PDF file, with the
 * patient's name and every exercise in its text, set in the shipped Noto Sans.
 */
function checkHandout(label: string, pdf: Buffer, data: HandoutData, folder: string) {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new Error(`The ${label} handout is not a PDF file.`);
  }
  const { text, pageCount } = readPdf(pdf);
  const missing = [data.patientName, ...data.exercises.map((exercise) => exercise.name)].filter(
    (expected) => !text.includes(expected),
  );
  if (missing.length > 0) {
    throw new Error(`The ${label} handout leaves out: ${missing.join(', ')}.`);
  }
  const file = join(folder, `${label}.pdf`);
  writeFileSync(file, pdf);
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  if (!fonts.includes('NotoSans-Regular') || !fonts.includes('NotoSans-Bold')) {
    throw new Error(`The ${label} handout is not set in Noto Sans:\n${fonts}`);
  }
  return `${label} ${pageCount} pages, ${Math.round(pdf.length / 1024)} kB`;
}

/**
 * Times the 8-exercise illustrated handout made as the app makes it (react-pdf in the worker
 * thread, fonts already loaded) against the same content printed by headless Chromium, and
 * prints both figures and the ratio of their medians.
 */
export async function benchHandout(): Promise<void> {
  if (!existsSync(WORKER_FILE)) {
    throw new Error(`${WORKER_FILE} is missing: build the app first (electron-vite build).`);
  }
  const data = benchHandoutData();
  const createdAt = new Date('2026-11-22T09:00:00');
  const folder = mkdtempSync(join(tmpdir(), 'stride-bench-handout-'));
  try {
    const renderer = workerHandoutRenderer(WORKER_FILE, FONTS_DIRECTORY);
    let reactPdf;
    try {
      reactPdf = await timeRuns(() => renderer.render(data, createdAt));
    } finally {
      await renderer.close();
    }
    const reactPdfShape = checkHandout('react-pdf', reactPdf.pdf, data, folder);
    printFigure(`handout PDF (${EXERCISES} exercises, react-pdf in worker)`, reactPdf.samples);

    const html = handoutHtml(data, FONTS_DIRECTORY);
    // The page lives at a file:// address so that it may load the font files.
    const blank = join(folder, 'blank.html');
    writeFileSync(blank, '<!doctype html><title>handout</title>');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    let printed;
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(blank).href);
      const format = data.paperSize === 'LETTER' ? 'Letter' : 'A4';
      printed = await timeRuns(async () => {
        await page.setContent(html);
        return page.pdf({ format, printBackground: true });
      });
    } finally {
      await browser.close();
    }
    const chromiumShape = checkHandout('Chromium', printed.pdf, data, folder);
    printFigure('handout PDF (same content, headless Chromium)', printed.samples);

    const ratio = median(reactPdf.samples) / median(printed.samples);
    const faster = ratio < 1 ? 'react-pdf faster' : 'Chromium faster';
    console.log(`handout PDF, react-pdf / Chromium median: ${ratio.toFixed(2)} (${faster})`);
    console.log(`# handouts checked: ${reactPdfShape}; ${chromiumShape}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
