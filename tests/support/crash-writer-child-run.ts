import { writeSync } from 'node:fs';
import { once } from 'node:events';
import { createAssessmentService } from '../../src/main/services/assessments';
import { systemClock } from '../../src/main/services/clock';
import { createPatientService } from '../../src/main/services/patients';
import { createSettingsService } from '../../src/main/services/settings';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { CRASH_TEST_PHYSIO, type CommittedWrite } from './crash-writes';
import { samplePatient } from './sample-patients';
import { openTestDatabase } from './temp-database';

const allRedFlagsNo = Object.fromEntries(RED_FLAG_QUESTIONS.map((q) => [q.id, 'no' as const]));

/** One line per committed write; written straight to the pipe, so it is out before the next. */
function tell(write: CommittedWrite): void {
  writeSync(1, `${JSON.stringify(write)}\n`);
}

/**
 * Once told to go (a line on stdin: the test loads the next writer while it checks the last
 * one's work), opens the test's database (folder and key from the environment) and records
 * visits until it is killed: a patient now and then, and for each visit start, two saves and
 * finalise, each its own transaction, each reported once the service call has returned.
 * Only the services that record visits are loaded, so that a writer starts quickly.
 */
async function writeUntilKilled(): Promise<never> {
  const folder = process.env['STRIDE_TEST_FOLDER']!;
  const key = Buffer.from(process.env['STRIDE_TEST_KEY']!, 'hex');
  await once(process.stdin, 'data');
  const connection = await openTestDatabase(folder, key);
  const patients = createPatientService(connection.db, systemClock);
  const settings = createSettingsService(connection.db, systemClock);
  const services = {
    patients,
    assessments: createAssessmentService(connection.db, systemClock, patients, settings),
  };
  tell({ kind: 'ready' });
  let patientId = '';
  for (let visit = 0; ; visit++) {
    if (visit % 3 === 0) {
      patientId = services.patients.create(samplePatient({ lastName: `Crash ${visit}` })).id;
      tell({ kind: 'patient', patientId });
    }
    const started = services.assessments.start(patientId, {
      complaint: 'Lateral hip pain',
      side: 'left',
      startedOn: null,
    });
    tell({ kind: 'started', assessmentId: started.id, patientId });
    let revision = started.revision;
    for (const step of ['history', 'tests']) {
      const note = `${started.id} ${step}`;
      const saved = services.assessments.saveDraft(started.id, revision, {
        ...started.record,
        redFlags: allRedFlagsNo,
        subjective: { ...started.record.subjective, trainingNotes: note },
      });
      revision = saved.revision;
      tell({ kind: 'saved', assessmentId: started.id, revision, note });
    }
    const final = services.assessments.finalise(started.id, revision, CRASH_TEST_PHYSIO);
    tell({ kind: 'finalised', assessmentId: started.id, revision: final.revision });
  }
}

void writeUntilKilled();
