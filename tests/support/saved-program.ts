import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import type { AssessmentRecord } from '../../src/shared/domain/assessment';
import { sampleContent, sampleItems } from './handout-samples';
import { samplePatient } from './sample-patients';
import type { TestApp } from './test-app';

const answers = (positive: string | null): Record<string, 'yes' | 'no'> =>
  Object.fromEntries(
    RED_FLAG_QUESTIONS.map((question) => [
      question.id,
      question.id === positive ? ('yes' as const) : ('no' as const),
    ]),
  );

/** A signed first visit for the patient, with the red flag screen answered (one positive, or none). */
export function signedVisitFor(app: TestApp, patientId: string, redFlag: string | null = null) {
  const started = app.services.assessments.start(patientId, {
    complaint: 'Outer hip pain',
    side: 'left',
    startedOn: '2026-10-01',
  });
  const record: AssessmentRecord = { ...started.record, redFlags: answers(redFlag) };
  app.services.assessments.saveDraft(started.id, 1, record);
  return app.services.assessments.finalise(started.id, 2, 'Jo Physio');
}

/** A patient with a name beyond Latin-1 and a saved 4-exercise program with a running plan. */
export function savedProgramFor(app: TestApp) {
  const patient = app.services.patients.create(
    samplePatient({ firstName: 'Zoë', lastName: 'Łukasiewicz' }),
  );
  const visit = signedVisitFor(app, patient.id);
  const program = app.services.programs.create(visit.id, sampleContent({ items: sampleItems(4) }));
  return { patient, program };
}
