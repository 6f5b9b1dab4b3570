import type { AssessmentRecord } from '../domain/assessment';
import { deriveFindings, involvedSide } from './findings';
import type { ProgramContext } from './program-builder';
import { redFlagScreen } from './red-flag-screen';
import type { ClinicalSettings } from './settings';

/**
 * What a program is checked against: the assessment's red-flag screen, findings and working
 * diagnosis. The builder (for suggestions and warnings) and main (before saving) use the same.
 */
export function programContextFor(
  record: AssessmentRecord,
  options: {
    patient: { dateOfBirth: string | null; sex: string };
    episodeSide: string | null;
    settings: ClinicalSettings;
  },
): ProgramContext {
  return {
    redFlags: redFlagScreen(record),
    findings: deriveFindings(record, {
      patient: options.patient,
      involvedSide: involvedSide(options.episodeSide, record),
      settings: options.settings,
    }),
    diagnosis: record.diagnosis,
  };
}
