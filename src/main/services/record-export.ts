import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { fullName } from '../../shared/domain/patient';
import type { ExportedRecord } from '../../shared/domain/patient-record';
import type { StoredProgramContent } from '../../shared/domain/program';
import type { AppDatabase } from '../db/connection';
import { patientRow, readPatientRecord } from '../db/queries/patient-record';
import { recordExports } from '../db/schema';
import { buildRecordData } from '../pdf/build-record-data';
import type { HandoutRenderer } from '../pdf/handout-renderer';
import type { FolderDialog } from '../system/ports';
import type { Clock } from './clock';
import type { CustomExerciseService } from './custom-exercises';
import { IncompleteError, NotFoundError } from './errors';
import { programExerciseText } from './exercise-text';
import { recordBaseName, writeNewFiles } from './export-files';
import { ERASED_MEANWHILE } from './patient-erasure';
import { recordEnvelope } from './record-contents';
import type { SettingsService } from './settings';
import { writeFailureReason } from './write-failure';

const NOT_FOUND = 'That patient record could not be found.';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * "Export patient record": a readable PDF summary and a JSON file of every stored field,
 * written side by side to a folder the physio picks (downloaded in the browser preview).
 * Each export is recorded with both files' hashes.
 */
export function createRecordExportService(
  db: AppDatabase,
  clock: Clock,
  deps: { settings: SettingsService; customExercises: CustomExerciseService },
  ports: { renderer: HandoutRenderer; folderDialog: FolderDialog },
) {
  const exerciseText = (id: string, content: StoredProgramContent) =>
    programExerciseText(id, content, deps.customExercises);

  /**
   * Refuses when the patient was erased while the files were being made: their export is
   * neither written nor recorded (recording it would point at a patient who is gone).
   */
  function refuseIfErased(patientId: string): void {
    if (!patientRow(db, patientId)) throw new NotFoundError(ERASED_MEANWHILE);
  }

  /** Both files' bytes, made from one reading of the record. */
  async function makeFiles(patientId: string, exportedAt: Date) {
    const rows = readPatientRecord(db, patientId);
    if (!rows) throw new NotFoundError(NOT_FOUND);
    const clinic = deps.settings.clinic();
    const envelope = recordEnvelope(rows, exportedAt.toISOString(), clinic.name);
    const json = Buffer.from(`${JSON.stringify(envelope, null, 2)}\n`, 'utf8');
    const summary = buildRecordData({ rows, clinic, exportedAt, exerciseText });
    const pdf = await ports.renderer.renderRecord(summary, exportedAt);
    return { patient: rows.patient, pdf, json };
  }

  function record(
    patientId: string,
    exportedAt: Date,
    folder: string | null,
    files: { pdf: { fileName: string; bytes: Buffer }; json: { fileName: string; bytes: Buffer } },
  ) {
    // Checked with no wait before the insert, so no erasure can come in between.
    refuseIfErased(patientId);
    db.insert(recordExports)
      .values({
        id: clock.newId(),
        patientId,
        action: folder === null ? 'downloaded' : 'saved',
        folder,
        pdfFileName: files.pdf.fileName,
        pdfSha256: sha256(files.pdf.bytes),
        pdfByteSize: files.pdf.bytes.length,
        jsonFileName: files.json.fileName,
        jsonSha256: sha256(files.json.bytes),
        jsonByteSize: files.json.bytes.length,
        exportedAt: exportedAt.toISOString(),
      })
      .run();
  }

  return {
    async exportRecord(patientId: string): Promise<ExportedRecord> {
      if (!readPatientRecord(db, patientId)) throw new NotFoundError(NOT_FOUND);
      const target = await ports.folderDialog.chooseExportFolder();
      if (target.kind === 'cancelled') return { kind: 'cancelled' };

      const exportedAt = new Date(clock.nowIso());
      const { patient, pdf, json } = await makeFiles(patientId, exportedAt);
      const baseName = recordBaseName(patient, exportedAt);

      if (target.kind === 'download') {
        const pdfName = `${baseName}.pdf`;
        const jsonName = `${baseName}.json`;
        record(patientId, exportedAt, null, {
          pdf: { fileName: pdfName, bytes: pdf },
          json: { fileName: jsonName, bytes: json },
        });
        return {
          kind: 'downloaded',
          files: [
            { fileName: pdfName, mediaType: 'application/pdf' as const, bytes: pdf },
            { fileName: jsonName, mediaType: 'application/json' as const, bytes: json },
          ].map(({ bytes, ...file }) => ({
            ...file,
            base64: bytes.toString('base64'),
            sha256: sha256(bytes),
            byteSize: bytes.length,
          })),
        };
      }

      refuseIfErased(patientId);
      let written;
      try {
        written = await writeNewFiles(target.path, baseName, [
          { extension: '.pdf', bytes: pdf },
          { extension: '.json', bytes: json },
        ]);
      } catch (error) {
        throw new IncompleteError(
          `The record of ${fullName(patient)} could not be saved in ${target.path}: ${writeFailureReason(error)}. Nothing was saved; choose another folder.`,
        );
      }
      const [pdfFile, jsonFile] = written as [(typeof written)[0], (typeof written)[0]];
      try {
        record(patientId, exportedAt, target.path, {
          pdf: { fileName: pdfFile.fileName, bytes: pdf },
          json: { fileName: jsonFile.fileName, bytes: json },
        });
      } catch (error) {
        // Erased while the files were being written: they go too, as the export failed.
        await Promise.all(written.map((file) => rm(file.path, { force: true })));
        throw error;
      }
      return {
        kind: 'saved',
        folder: target.path,
        files: [
          { ...pdfFile, sha256: sha256(pdf), byteSize: pdf.length },
          { ...jsonFile, sha256: sha256(json), byteSize: json.length },
        ],
      };
    },
  };
}

export type RecordExportService = ReturnType<typeof createRecordExportService>;
