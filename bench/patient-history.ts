import { RED_FLAG_QUESTIONS } from '../src/shared/clinical/catalogue/red-flags';
import { emptyAssessmentRecord, type AssessmentRecord } from '../src/shared/domain/assessment';
import type { DatabaseConnection } from '../src/main/db/connection';
import { createServices, NO_SYSTEM_PORTS } from '../src/main/services';
import { sampleContent, sampleItems } from '../tests/support/handout-samples';
import { samplePatient } from '../tests/support/sample-patients';
import { printFigure, timed } from './figures';

const VISITS = 150;
const RUNS = 200;
const NO_RED_FLAGS: Record<string, 'yes' | 'no'> = Object.fromEntries(
  RED_FLAG_QUESTIONS.map((question) => [question.id, 'no' as const]),
);

/** A full follow-up visit: pain scores, all LEFS items, running distance, hip abduction force. */
function visitRecord(visit: number): AssessmentRecord {
  const base = emptyAssessmentRecord('2026-01-01');
  const day = new Date(Date.UTC(2020, 0, 1) + visit * 14 * 86_400_000).toISOString().slice(0, 10);
  const pain = Math.max(0, 8 - Math.floor(visit / 20));
  return {
    ...base,
    visitDate: day,
    bodyMassKg: 68,
    redFlags: NO_RED_FLAGS,
    subjective: {
      ...base.subjective,
      pain: { painNow: pain, painWorst: pain + 1, painDuringRun: pain, painNextMorning: pain },
      weeklyDistanceKm: 10 + (visit % 30),
    },
    lefs: Array.from({ length: 20 }, (_, item) => Math.min(4, (visit + item) % 5)),
    tests: {
      'hhd-hip-abduction': {
        shared: { leverArm: 0.82, method: 'break', position: 'side-lying' },
        left: { peakForce: 150 + visit / 2, trials: 3 },
        right: { peakForce: 210, trials: 3 },
      },
      'running-pelvic-drop': {
        shared: { speed: 11 },
        left: { dropAngle: 9 - visit / 30 },
        right: { dropAngle: 5 },
      },
    },
  };
}

/**
 * One patient with 150 signed visits and a program in three versions, among the patients
 * already seeded: times opening their timeline and their progress series in the data layer
 * (the services, as the IPC router calls them).
 */
export function benchPatientHistory(connection: DatabaseConnection): void {
  const services = createServices(connection.db, NO_SYSTEM_PORTS);
  const patient = services.patients.create(samplePatient());
  let episodeId: string | null = null;
  for (let visit = 0; visit < VISITS; visit++) {
    const started = services.assessments.start(
      patient.id,
      episodeId
        ? { episodeId }
        : { complaint: 'Outer hip pain', side: 'left', startedOn: '2019-12-01' },
    );
    episodeId = started.episode.id;
    services.assessments.saveDraft(started.id, 1, visitRecord(visit));
    const signed = services.assessments.finalise(started.id, 2, 'Jo Physio');
    if (visit === VISITS - 1) {
      const program = services.programs.create(signed.id, sampleContent({ items: sampleItems(6) }));
      services.programs.saveVersion(program.id, 1, sampleContent({ items: sampleItems(7) }));
      services.programs.saveVersion(program.id, 2, sampleContent({ items: sampleItems(8) }));
    }
  }
  const timeline = () => services.timeline.forPatient(patient.id);
  const progress = () => services.assessments.progress(patient.id);
  for (let warm = 0; warm < 20; warm++) {
    timeline();
    progress();
  }
  const items = timeline().reduce((sum, group) => sum + group.items.length, 0);
  printFigure(
    `patient history, timeline of ${VISITS} visits (${items} items)`,
    Array.from({ length: RUNS }, () => timed(timeline)),
  );
  printFigure(
    `patient history, progress series over ${VISITS} visits (${progress().length} series)`,
    Array.from({ length: RUNS }, () => timed(progress)),
  );
}
