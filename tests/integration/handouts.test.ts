import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/shared/clinical/catalogue/exercises';
import { buildHandoutData } from '../../src/main/pdf/build-handout-data';
import { workerHandoutRenderer } from '../../src/main/pdf/worker-renderer';
import {
  FONTS_DIRECTORY,
  sampleContent,
  sampleHandoutSource,
  sampleItems,
} from '../support/handout-samples';
import { readPdf } from '../support/pdf-reading';
import { savedProgramFor, signedVisitFor } from '../support/saved-program';
import { testAppForEachTest } from '../support/test-app';

const app = testAppForEachTest();
const signedVisit = (patientId: string, redFlag: string | null = null) =>
  signedVisitFor(app, patientId, redFlag);
const savedProgram = () => savedProgramFor(app);
const sender = { url: 'file:///app/index.html', mainFrame: true };
const OPTIONS = { nextAppointment: '2026-12-02T10:30', logWeeks: 3 };

async function call(method: string, input: unknown) {
  return app.router(sender, method, input);
}

describe('handouts made through the router', () => {
  it('renders, saves with a hash and records every handout given', async () => {
    const { patient, program } = savedProgram();
    const rendered = await call('handouts.render', {
      programId: program.id,
      version: 1,
      options: OPTIONS,
    });
    expect(rendered.ok).toBe(true);
    if (!rendered.ok) return;
    const { handoutId, fileName, pdfBase64 } = rendered.value as {
      handoutId: string;
      fileName: string;
      pdfBase64: string;
    };
    expect(fileName).toBe(
      'Home program - Zoë Łukasiewicz - ' + new Date().toISOString().slice(0, 10) + '.pdf',
    );
    const pdf = Buffer.from(pdfBase64, 'base64');
    const read = readPdf(pdf);
    expect(read.text).toContain('Zoë Łukasiewicz');
    for (const item of program.current.content.items) {
      expect(read.text).toContain(findExercise(item.exerciseId)!.name);
    }
    expect(read.text).toContain('Week 3');
    expect(read.text).not.toContain('Week 4');

    const saved = await call('handouts.save', { handoutId });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const record = saved.value as { path: string; sha256: string; action: string };
    expect(record.action).toBe('saved');
    expect(record.path).toBe(resolve(app.folder.path, fileName));
    const onDisk = readFileSync(record.path);
    expect(onDisk.equals(pdf)).toBe(true);
    expect(record.sha256).toBe(createHash('sha256').update(onDisk).digest('hex'));

    const printed = await call('handouts.recordPrint', { handoutId });
    expect(printed.ok && printed.value).toMatchObject({ action: 'printed', path: null });

    const history = app.services.handouts.forProgram(program.id);
    expect(history.map((entry) => entry.action).sort()).toEqual(['printed', 'saved']);
    expect(history.every((entry) => entry.programVersion === 1)).toBe(true);
    expect(history.every((entry) => entry.patientId === patient.id)).toBe(true);
  });

  it('refuses a version with running advice once a later visit found a red flag', async () => {
    const { patient, program } = savedProgram();
    signedVisit(patient.id, 'night-or-rest-pain');
    const result = await call('handouts.render', {
      programId: program.id,
      version: 1,
      options: OPTIONS,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/cannot be given as a handout/);
    expect(app.services.handouts.forProgram(program.id)).toEqual([]);
  });

  it('names a bad appointment or log length and makes nothing', async () => {
    const { program } = savedProgram();
    const result = await call('handouts.render', {
      programId: program.id,
      version: 1,
      options: { nextAppointment: '2 December', logWeeks: 30 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fieldErrors).toMatchObject({
      nextAppointment: expect.stringMatching(/date and a time/),
      logWeeks: expect.stringMatching(/1 to 12 weeks/),
    });
  });

  it('answers an expired preview with a message', async () => {
    const result = await call('handouts.save', {
      handoutId: '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/expired/);
  });
});

describe('the worker thread renderer (built app)', () => {
  const workerFile = resolve('out/main/handout-worker.js');

  it('renders in the built worker, and keeps working after a failed job', async () => {
    expect(existsSync(workerFile), 'run `npm run build` first: the worker is a build output').toBe(
      true,
    );
    const renderer = workerHandoutRenderer(workerFile, FONTS_DIRECTORY);
    try {
      const data = buildHandoutData(sampleHandoutSource());
      const pdf = await renderer.render(data, new Date());
      expect(readPdf(pdf).text).toContain('Zoë Łukasiewicz');
      // A broken job (no exercises array) fails alone; the next one still renders.
      await expect(
        renderer.render({ ...data, exercises: null as never }, new Date()),
      ).rejects.toThrow();
      const again = await renderer.render(data, new Date());
      expect(again.length).toBeGreaterThan(1000);

      // While a long handout renders, this thread keeps turning: main answers the window.
      const long = buildHandoutData(
        sampleHandoutSource({ content: sampleContent({ items: sampleItems(25) }) }),
      );
      let done = false;
      const rendering = renderer.render(long, new Date()).then(() => (done = true));
      let turns = 0;
      while (!done) {
        await new Promise((resolve) => setImmediate(resolve));
        turns += 1;
      }
      await rendering;
      // Rendered on this thread it would be one turn; in the worker it is many thousands.
      expect(turns).toBeGreaterThan(1000);
    } finally {
      await renderer.close();
    }
  });
});
