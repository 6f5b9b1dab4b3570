import type { PatientRecordRows } from '../db/queries/patient-record';

export const RECORD_FORMAT = 'stride-clinic-patient-record';
export const RECORD_FORMAT_VERSION = 1;

const ABOUT =
  'Everything Stride Clinic stores about this patient. Times are UTC (ISO 8601); dates without ' +
  'a time are calendar dates. Visit records keep every measured number with its unit. Each ' +
  "email's PDF attachment is included whole, base64-encoded, in pdfBase64.";

/** A visit's signed findings and charted numbers, as the export names them. */
function signedCopy(entry: PatientRecordRows['visitFindings'][number] | undefined) {
  return { signedFindings: entry?.findings ?? null, signedMeasures: entry?.measures ?? null };
}

/**
 * The machine-readable export: a versioned envelope around every stored field of every row.
 * Visits carry their signed versions and programs their saved versions. Emails carry the PDF
 * they were sent with, whole (base64): it is part of what is stored about the patient, and a
 * hash alone would point at bytes the patient could no longer get once the record is erased.
 * Only the patient row's `rowKey` is left out: an internal row number for the search index,
 * meaningless outside this database.
 */
export function recordEnvelope(rows: PatientRecordRows, exportedAt: string, heldBy: string) {
  const { rowKey: _rowKey, ...patient } = rows.patient;
  return {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    exportedAt,
    heldBy,
    about: ABOUT,
    patient,
    episodes: rows.episodes,
    assessments: rows.assessments.map((assessment) => ({
      ...assessment,
      versions: rows.assessmentVersions.filter((v) => v.assessmentId === assessment.id),
      // What the visit stands signed with: the latest signed version's findings and numbers.
      ...signedCopy(rows.visitFindings.find((entry) => entry.assessmentId === assessment.id)),
    })),
    programs: rows.programs.map((program) => ({
      ...program,
      versions: rows.programVersions.filter((v) => v.programId === program.id),
    })),
    handoutExports: rows.handoutExports,
    emails: rows.emails.map(({ pdf, ...email }) => ({
      ...email,
      pdfBase64: pdf.toString('base64'),
    })),
    recordExports: rows.recordExports,
    formDrafts: rows.formDrafts,
  };
}
