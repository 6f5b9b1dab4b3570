import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { findExercise } from '../../shared/clinical/catalogue/exercises';
import type {
  HandoutAction,
  HandoutExport,
  HandoutOptions,
  RenderedHandout,
} from '../../shared/domain/handout';
import type { AppDatabase } from '../db/connection';
import { patientRow } from '../db/queries/patient-record';
import { handoutExports } from '../db/schema';
import {
  buildHandoutData,
  handoutFileName,
  HandoutNotPossibleError,
} from '../pdf/build-handout-data';
import type { HandoutRenderer } from '../pdf/handout-renderer';
import type { SaveDialog } from '../system/ports';
import type { Clock } from './clock';
import type { CustomExerciseService } from './custom-exercises';
import { IncompleteError, NotFoundError } from './errors';
import { programExerciseText } from './exercise-text';
import { writeFailureReason } from './write-failure';
import { ERASED_MEANWHILE } from './patient-erasure';
import type { ProgramService } from './programs';
import type { SettingsService } from './settings';

/** A rendered handout waiting to be saved, printed or emailed: the bytes the physio previewed. */
export interface RenderedHandoutFile {
  pdf: Buffer;
  patientId: string;
  programId: string;
  programVersion: number;
  fileName: string;
}

/** Enough for a preview or two open at once; older renders are made again when asked. */
const KEPT_RENDERS = 6;

function toExport(row: typeof handoutExports.$inferSelect): HandoutExport {
  return { ...row, action: row.action as HandoutAction };
}

/**
 * Home program handouts: made from one saved program version, previewed, then saved or
 * printed; each one handed over is recorded with the hash of its bytes.
 */
export function createHandoutService(
  db: AppDatabase,
  clock: Clock,
  deps: {
    programs: ProgramService;
    settings: SettingsService;
    customExercises: CustomExerciseService;
  },
  ports: { renderer: HandoutRenderer; saveDialog: SaveDialog },
) {
  const rendered = new Map<string, RenderedHandoutFile>();

  function keep(id: string, handout: RenderedHandoutFile) {
    rendered.set(id, handout);
    while (rendered.size > KEPT_RENDERS) rendered.delete(rendered.keys().next().value!);
  }

  function take(handoutId: string): RenderedHandoutFile {
    const handout = rendered.get(handoutId);
    if (!handout) {
      throw new NotFoundError('That handout preview has expired. Make the handout again.');
    }
    return handout;
  }

  function record(
    handout: RenderedHandoutFile,
    action: HandoutAction,
    fileName: string,
    path: string | null,
  ): HandoutExport {
    const row = {
      id: clock.newId(),
      patientId: handout.patientId,
      programId: handout.programId,
      programVersion: handout.programVersion,
      action,
      fileName,
      path,
      sha256: createHash('sha256').update(handout.pdf).digest('hex'),
      byteSize: handout.pdf.length,
      exportedAt: clock.nowIso(),
    };
    db.insert(handoutExports).values(row).run();
    return row;
  }

  return {
    /** Makes the PDF for one version (in the renderer's worker) and keeps it for save or print. */
    async render(
      programId: string,
      version: number,
      options: HandoutOptions,
    ): Promise<RenderedHandout> {
      const { program, patient, redFlags } = deps.programs.forHandout(programId, version);
      const content = program.current.content;
      const issuedAt = new Date(clock.nowIso());
      let data;
      try {
        data = buildHandoutData({
          content,
          patient,
          redFlags,
          clinic: deps.settings.clinic(),
          options,
          issuedAt,
          exerciseText: (id) => programExerciseText(id, content, deps.customExercises),
          photoFor: (id) => (findExercise(id) ? null : deps.customExercises.photo(id)),
        });
      } catch (error) {
        if (error instanceof HandoutNotPossibleError) throw new IncompleteError(error.message);
        throw error;
      }
      const pdf = await ports.renderer.render(data, issuedAt);
      // The patient may have been erased while the PDF was being made (erasing drops what is
      // kept, but this render was not kept yet): keeping it now would bring their handout back.
      if (!patientRow(db, patient.id)) throw new NotFoundError(ERASED_MEANWHILE);
      const handoutId = clock.newId();
      const fileName = handoutFileName(patient, issuedAt);
      keep(handoutId, {
        pdf,
        patientId: patient.id,
        programId,
        programVersion: program.current.version,
        fileName,
      });
      return { handoutId, fileName, pdfBase64: pdf.toString('base64'), byteSize: pdf.length };
    },

    /**
     * Saves a previewed handout where the physio chooses; null when they cancel. In the
     * browser preview the page downloads its copy and the download is recorded.
     */
    async save(handoutId: string): Promise<HandoutExport | null> {
      const handout = take(handoutId);
      const target = await ports.saveDialog.chooseHandoutTarget(handout.fileName);
      if (target.kind === 'cancelled') return null;
      if (target.kind === 'download') return record(handout, 'downloaded', handout.fileName, null);
      try {
        await writeFile(target.path, handout.pdf);
      } catch (error) {
        throw new IncompleteError(
          `The handout could not be saved to ${target.path}: ${writeFailureReason(error)}. Choose another folder.`,
        );
      }
      return record(handout, 'saved', basename(target.path), target.path);
    },

    /** The page has sent the handout to the print dialog. */
    recordPrint(handoutId: string): HandoutExport {
      const handout = take(handoutId);
      return record(handout, 'printed', handout.fileName, null);
    },

    /** A previewed handout's bytes and whose it is, to attach to an email. */
    previewed(handoutId: string): RenderedHandoutFile {
      return take(handoutId);
    },

    /** Drops the patient's rendered handouts from memory (the patient is being erased). */
    forget(patientId: string): void {
      for (const [id, handout] of rendered) {
        if (handout.patientId === patientId) rendered.delete(id);
      }
    },

    forProgram(programId: string): HandoutExport[] {
      deps.programs.get(programId);
      return db
        .select()
        .from(handoutExports)
        .where(eq(handoutExports.programId, programId))
        .orderBy(desc(handoutExports.exportedAt))
        .all()
        .map(toExport);
    },
  };
}

export type HandoutService = ReturnType<typeof createHandoutService>;
