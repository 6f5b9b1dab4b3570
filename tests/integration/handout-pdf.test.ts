import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHandoutData, HandoutNotPossibleError } from '../../src/main/pdf/build-handout-data';
import { renderHandoutPdf } from '../../src/main/pdf/render-handout';
import {
  FONTS_DIRECTORY,
  RED_FLAG_SCREEN,
  SAMPLE_CLINIC,
  sampleContent,
  sampleHandoutSource,
  sampleItems,
  SAFE_EXERCISES,
} from '../support/handout-samples';
import { FIGURE_COLOURS } from '../../src/shared/illustration/drawing';
import { imagesPerPage, pagesToPng, readPdf, vectorStrokesPerPage } from '../support/pdf-reading';
import { sampleLogoPng } from '../support/png';

const CREATED = new Date('2026-11-22T09:00:00Z');

async function handoutFor(source = sampleHandoutSource()) {
  const data = buildHandoutData(source);
  const pdf = await renderHandoutPdf(data, FONTS_DIRECTORY, CREATED);
  return { data, pdf, read: readPdf(pdf) };
}

describe('the handout PDF, read back', () => {
  it('names the patient and gives every exercise with its dosage line and side', async () => {
    const logo = `data:image/png;base64,${sampleLogoPng().toString('base64')}`;
    const { data, pdf, read } = await handoutFor(
      sampleHandoutSource({
        content: sampleContent({ items: sampleItems(8) }),
        clinic: { ...SAMPLE_CLINIC, logo },
      }),
    );
    // Pages as PNGs, for a person to look at (test-results is not committed).
    mkdirSync('test-results/handout', { recursive: true });
    pagesToPng(pdf, 'test-results/handout/eight-exercises');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(read.text).toContain('Zoë Łukasiewicz');
    expect(read.text).toContain('Harbourside Physiotherapy');
    expect(read.text).toContain('Run 10 km without outer hip pain by the end of March.');
    expect(read.text).toContain('Next appointment: Wednesday 2 December 2026 at 10:30');
    expect(data.exercises).toHaveLength(8);
    for (const exercise of data.exercises) {
      expect(read.text).toContain(`${exercise.number}. ${exercise.name}`);
      expect(read.text).toContain(exercise.dosage);
    }
    const sides = data.exercises.flatMap((exercise) => (exercise.side ? [exercise.side] : []));
    expect(sides).toEqual(expect.arrayContaining(['Left leg only', 'Each leg']));
    for (const side of sides) expect(read.text).toContain(side);
    expect(read.text).toContain('left leg only');

    expect(read.text).toContain('When to stop and get help');
    expect(read.text).toContain('How much pain is OK?');
    expect(read.text).toContain('Return to running');
    expect(read.text).toContain('Exercise log');
    for (const week of [1, 2, 3, 4]) expect(read.text).toContain(`Week ${week}`);
    expect(read.text).not.toContain('Week 5');

    expect(read.pageCount).toBeGreaterThanOrEqual(2);
    expect(read.pageCount).toBeLessThanOrEqual(5);
    expect(read.pages.at(-1)).toContain(`Page ${read.pageCount} of ${read.pageCount}`);
    for (const [index, page] of read.pages.entries()) {
      expect(page).toContain(`Page ${index + 1} of ${read.pageCount}`);
      expect(page).toContain('Harbourside Physiotherapy');
    }
  });

  it('puts the referral first and leaves out all running advice when a red flag is positive', async () => {
    const { read } = await handoutFor(
      sampleHandoutSource({
        redFlags: RED_FLAG_SCREEN,
        content: sampleContent({ items: sampleItems(3) }),
      }),
    );
    const first = read.pages[0]!;
    const referral = first.indexOf('Please see a doctor before you go on');
    expect(referral).toBeGreaterThan(-1);
    expect(referral).toBeLessThan(first.indexOf('Your exercises'));
    expect(read.text).toContain('constant night or rest pain');
    expect(read.text).not.toContain('Return to running');
    expect(read.text).not.toMatch(/applies to running/);
    expect(read.text).not.toMatch(/Walk \d+ min/);
  });

  it('sets out the running plan a stage a row, even at its limits, with stage notes under it', async () => {
    const plan = sampleContent().returnToRun!;
    const widest = { walkMinutes: 10, runMinutes: 60, repeats: 20, effort: 10, sessions: 10 };
    const stages = [
      { ...plan.stages[0]!, ...widest },
      { ...plan.stages[1]!, note: 'Flat ground only; stop if the outer hip aches next morning.' },
      ...plan.stages.slice(2),
    ];
    const { data, read } = await handoutFor(
      sampleHandoutSource({
        content: sampleContent({ items: sampleItems(1), returnToRun: { ...plan, stages } }),
      }),
    );
    const rows = data.returnToRun!.stages;
    expect(rows[0]).toMatchObject({
      repeats: '20 times',
      total: '1400 min',
      sessions: '10 or more',
    });
    // Each stage reads across one line, in column order: the columns never wrap out of step.
    const header = read.words.find((word) => word.text === 'Sessions')!;
    const lines = new Map<number, string[]>();
    for (const word of read.words) {
      if (word.page !== header.page || word.yMin <= header.yMin) continue;
      const line = Math.round(word.yMin);
      lines.set(line, [...(lines.get(line) ?? []), word.text]);
    }
    const tableLines = [...lines.entries()]
      .sort(([a], [b]) => a - b)
      .slice(0, rows.length)
      .map(([, words]) => words.join(' '));
    expect(tableLines).toEqual(
      rows.map((row) =>
        [row.stage, row.walk, row.run, row.repeats, row.total, row.effort, row.sessions].join(' '),
      ),
    );
    expect(read.text).toContain(
      'Stage 2: Flat ground only; stop if the outer hip aches next morning.',
    );
  });

  it('has no referral section without a red flag', async () => {
    const { read } = await handoutFor();
    expect(read.text).not.toContain('Please see a doctor before you go on');
  });

  it('refuses a program with no exercises instead of printing an empty handout', () => {
    expect(() =>
      buildHandoutData(sampleHandoutSource({ content: sampleContent({ items: [] }) })),
    ).toThrow(HandoutNotPossibleError);
    expect(() =>
      buildHandoutData(sampleHandoutSource({ content: sampleContent({ items: [] }) })),
    ).toThrow(/no exercises/);
  });

  it('prints 25 exercises, every one present, with no text outside the page', async () => {
    const items = sampleItems(25).map((item, index) =>
      index === 3
        ? {
            ...item,
            note:
              'Keep the knee soft and over the middle toes; Łódź-to-Reykjavík-style long words like ' +
              'Donaudampfschifffahrtsgesellschaftskapitänswitwe must wrap too. '.repeat(4).trim(),
          }
        : item,
    );
    expect(SAFE_EXERCISES.length).toBeGreaterThanOrEqual(25);
    const { data, read } = await handoutFor(
      sampleHandoutSource({
        content: sampleContent({ items }),
        clinic: {
          ...sampleHandoutSource().clinic,
          name: 'The Very Long Named Sports and Running Physiotherapy Clinic of Greater Port Seaton',
        },
      }),
    );
    for (const exercise of data.exercises) {
      expect(read.text).toContain(`${exercise.number}. ${exercise.name}`);
      expect(read.text).toContain(exercise.dosage);
    }
    expect(read.pageSizes.length).toBe(read.pageCount);
    for (const word of read.words) {
      const page = read.pageSizes[word.page - 1]!;
      expect(word.xMin, word.text).toBeGreaterThanOrEqual(30);
      expect(word.xMax, word.text).toBeLessThanOrEqual(page.width - 30);
      expect(word.yMin, word.text).toBeGreaterThanOrEqual(20);
      expect(word.yMax, word.text).toBeLessThanOrEqual(page.height - 14);
    }
    // Every exercise block starts and ends on the same page: none is split.
    for (const exercise of data.exercises) {
      const pagesWithName = read.pages.filter((page) =>
        page.includes(`${exercise.number}. ${exercise.name}`),
      );
      expect(pagesWithName).toHaveLength(1);
      expect(pagesWithName[0]).toContain(exercise.dosage);
      expect(pagesWithName[0]).toContain(exercise.steps.at(-1)!);
    }
  });

  it('draws each library exercise as vector shapes, not a bitmap, and a clinic photo as an image', async () => {
    const items = sampleItems(6);
    const { data, pdf, read } = await handoutFor(
      sampleHandoutSource({ content: sampleContent({ items }) }),
    );
    expect(data.exercises.every((exercise) => exercise.illustration.kind === 'drawing')).toBe(true);
    expect(imagesPerPage(pdf).reduce((sum, count) => sum + count, 0)).toBe(0);
    // Every figure outlines at least its head, trunk and ten limb parts in the figure's
    // outline colour, so a page holds at least 12 such strokes for each exercise on it.
    const strokes = vectorStrokesPerPage(pdf);
    expect(strokes).toHaveLength(read.pageCount);
    for (const [index, page] of read.pages.entries()) {
      const onPage = data.exercises.filter((exercise) =>
        page.includes(`${exercise.number}. ${exercise.name}`),
      ).length;
      expect(strokes[index]!.get(FIGURE_COLOURS.outline) ?? 0).toBeGreaterThanOrEqual(12 * onPage);
    }
    expect(read.text).toContain('How to read the drawings');

    const withPhoto = await handoutFor(
      sampleHandoutSource({
        content: sampleContent({ items }),
        photoFor: (id) =>
          id === items[0]!.exerciseId
            ? `data:image/png;base64,${sampleLogoPng().toString('base64')}`
            : null,
      }),
    );
    expect(imagesPerPage(withPhoto.pdf).reduce((sum, count) => sum + count, 0)).toBe(1);
    const outlines = (pdfStrokes: Map<string, number>[]) =>
      pdfStrokes.reduce((sum, page) => sum + (page.get(FIGURE_COLOURS.outline) ?? 0), 0);
    expect(outlines(vectorStrokesPerPage(withPhoto.pdf))).toBeLessThan(outlines(strokes));
  });

  it('keeps names outside Latin-1 intact in the text layer', async () => {
    const { read } = await handoutFor(
      sampleHandoutSource({ patient: { firstName: 'Ólafur Ærni', lastName: 'Łukasiewicz-Ψηλός' } }),
    );
    expect(read.text).toContain('Ólafur Ærni Łukasiewicz-Ψηλός');
  });

  it('uses the clinic paper size', async () => {
    const letter = await handoutFor(
      sampleHandoutSource({ clinic: { ...sampleHandoutSource().clinic, paperSize: 'LETTER' } }),
    );
    expect(letter.read.pageSizes[0]).toEqual({ width: 612, height: 792 });
    const a4 = await handoutFor();
    expect(a4.read.pageSizes[0]!.width).toBeCloseTo(595.28, 1);
  });
});
