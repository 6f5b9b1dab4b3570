import { createHash } from 'node:crypto';
import { v7 } from 'uuid';
import { describeFinding, deriveFindings, involvedSide } from '../../shared/clinical/findings';
import { visitMeasures } from '../../shared/clinical/progress';
import type { ProgramContext } from '../../shared/clinical/program-builder';
import { redFlagScreen } from '../../shared/clinical/red-flag-screen';
import { DEFAULT_CLINICAL_SETTINGS } from '../../shared/clinical/settings';
import type { ProgramContent } from '../../shared/domain/program';
import { handoutFileName } from '../pdf/build-handout-data';
import { toStoredRecord } from '../db/assessment-storage';
import type { DatabaseConnection } from '../db/connection';
import { seededRandom } from './generate-patients';
import { firstProgram, nextVersion } from './generate-programs';
import { clinicalProfile, visitRecord, type ClinicalProfile } from './generate-visits';
import { seedPatients } from './seed-patients';
import { dayToIsoDate, visitCounts, visitDays } from './visit-schedule';

/**
 * A clinic-scale demo database: ten years of a busy clinic. Patients go through the patient
 * service (so the search index is filled as the app fills it); visits, their signed versions,
 * programs and handout records are written straight into the tables in the order they
 * happened, as the app would have written them over the years, because a million visits
 * through the services would take hours.
 */

export interface ClinicShape {
  patients: number;
  visits: number;
}

/** The shape the history issue asks the screens to stay fast at. */
export const CLINIC_SCALE: ClinicShape = { patients: 100_000, visits: 1_000_000 };

export interface SeededClinic {
  patients: number;
  episodes: number;
  visits: number;
  signedVersions: number;
  programs: number;
  programVersions: number;
  handoutExports: number;
}

/** Each visit saves two program versions: the one given that day and the tweak after it. */
const VERSIONS_PER_VISIT = 2;
const BATCH = 5_000;
const MINUTE = 60_000;

interface PatientRow {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  sex: string;
}

interface OpenEpisode {
  id: string;
  visitsSoFar: number;
  programId: string | null;
  programVersion: number;
  content: ProgramContent | null;
}

function statements(connection: DatabaseConnection) {
  const prepare = (sql: string) => connection.sqlite.prepare(sql);
  return {
    episode: prepare(
      `INSERT INTO episodes (id, patient_id, complaint, side, started_on, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    visit: prepare(
      `INSERT INTO assessments (id, patient_id, episode_id, visit_date, status, record, revision,
         created_at, updated_at, finalised_at, finalised_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    findings: prepare(
      `INSERT INTO visit_findings (assessment_id, patient_id, findings, measures)
       VALUES (?, ?, ?, ?)`,
    ),
    signed: prepare(
      `INSERT INTO assessment_versions (id, assessment_id, version, kind, record, findings,
         signed_by, signed_at, reason)
       VALUES (?, ?, 1, 'finalised', ?, ?, ?, ?, NULL)`,
    ),
    program: prepare(
      `INSERT INTO programs (id, patient_id, assessment_id, title, latest_version, exercise_count,
         created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    programMoved: prepare(
      `UPDATE programs SET latest_version = ?, exercise_count = ?, updated_at = ? WHERE id = ?`,
    ),
    version: prepare(
      `INSERT INTO program_versions (id, program_id, version, content, saved_by, saved_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    handout: prepare(
      `INSERT INTO handout_exports (id, patient_id, program_id, program_version, action,
         file_name, path, sha256, byte_size, exported_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
    ),
  };
}

/** Every visit of every patient, in the order they happened (oldest first). */
function chronologicalVisits(shape: ClinicShape, todayDay: number, random: () => number) {
  const counts = visitCounts(shape.patients, shape.visits, random);
  const day = new Int32Array(shape.visits);
  const patient = new Int32Array(shape.visits);
  const opensEpisode = new Uint8Array(shape.visits);
  const isLast = new Uint8Array(shape.visits);
  let next = 0;
  counts.forEach((count, serial) => {
    const schedule = visitDays(count, todayDay, random);
    schedule.days.forEach((visitDay, index) => {
      day[next] = visitDay;
      patient[next] = serial;
      opensEpisode[next] = schedule.newEpisode[index] ? 1 : 0;
      isLast[next] = index === count - 1 ? 1 : 0;
      next++;
    });
  });
  const order = Uint32Array.from({ length: shape.visits }, (_, index) => index);
  order.sort((a, b) => day[a]! - day[b]! || a - b);
  return { counts, day, patient, opensEpisode, isLast, order };
}

/**
 * Fills an empty, migrated database with `shape`. Deterministic in what it writes (counts,
 * dates, values) for a given seed; the ids are UUIDv7 stamped with each row's time.
 */
export function seedClinic(
  connection: DatabaseConnection,
  shape: ClinicShape = CLINIC_SCALE,
  seed = 7,
  progress: (done: number, total: number) => void = () => {},
): SeededClinic {
  seedPatients(connection, shape.patients, seed);
  const people = connection.sqlite
    .prepare(
      'SELECT id, first_name AS firstName, last_name AS lastName, date_of_birth AS dateOfBirth, sex FROM patients ORDER BY row_key',
    )
    .all() as PatientRow[];
  const random = seededRandom(seed);
  // UUIDv7 as the app makes them, stamped with the row's time. The random part comes from the
  // seeded generator: asking the system for fresh random bytes per id took a tenth of the time.
  const idBytes = new Uint8Array(16);
  const uuidv7 = ({ msecs }: { msecs: number }) => {
    for (let index = 0; index < 16; index++) idBytes[index] = Math.floor(random() * 256);
    return v7({ msecs, random: idBytes });
  };
  const todayDay = Math.floor(Date.now() / 86_400_000) - 1;
  const visits = chronologicalVisits(shape, todayDay, random);
  const insert = statements(connection);
  const profiles = new Map<number, ClinicalProfile>();
  const episodes = new Map<number, OpenEpisode>();
  const tally: SeededClinic = {
    patients: people.length,
    episodes: 0,
    visits: 0,
    signedVersions: 0,
    programs: 0,
    programVersions: 0,
    handoutExports: 0,
  };

  function addVersion(
    episode: OpenEpisode,
    patient: PatientRow,
    content: ProgramContent,
    at: number,
  ) {
    const savedAt = new Date(at).toISOString();
    const id = uuidv7({ msecs: at });
    insert.version.run(
      id,
      episode.programId,
      episode.programVersion,
      JSON.stringify(content),
      content.savedBy,
      savedAt,
    );
    insert.programMoved.run(
      episode.programVersion,
      content.items.length,
      savedAt,
      episode.programId,
    );
    tally.programVersions++;
    if (random() < 0.8) {
      const fileName = handoutFileName(patient, new Date(at));
      const hash = createHash('sha256').update(id).digest('hex');
      const action = random() < 0.7 ? 'saved' : 'printed';
      insert.handout.run(
        uuidv7({ msecs: at + MINUTE }),
        patient.id,
        episode.programId,
        episode.programVersion,
        action,
        fileName,
        hash,
        180_000 + Math.floor(random() * 200_000),
        new Date(at + MINUTE).toISOString(),
      );
      tally.handoutExports++;
    }
  }

  function writeVisit(position: number) {
    const serial = visits.patient[position]!;
    const patient = people[serial]!;
    const visitDate = dayToIsoDate(visits.day[position]!);
    const profile = profiles.get(serial) ?? clinicalProfile(serial, seed);
    profiles.set(serial, profile);
    const start = Date.parse(`${visitDate}T08:00:00Z`) + Math.floor(random() * 9 * 60) * MINUTE;

    let episode = episodes.get(serial);
    if (!episode || visits.opensEpisode[position]) {
      episode = {
        id: uuidv7({ msecs: start }),
        visitsSoFar: 0,
        programId: null,
        programVersion: 0,
        content: null,
      };
      episodes.set(serial, episode);
      insert.episode.run(
        episode.id,
        patient.id,
        'Outer hip pain when running',
        profile.soreSide,
        visitDate,
        new Date(start).toISOString(),
      );
      tally.episodes++;
    }
    const recovery = 1 - 0.75 ** episode.visitsSoFar;
    episode.visitsSoFar++;
    const record = visitRecord(profile, visitDate, recovery, random);
    const stored = JSON.stringify(toStoredRecord(record));
    const id = uuidv7({ msecs: start });
    const createdAt = new Date(start).toISOString();
    // A patient's latest visit is sometimes still a draft: the physio has not signed it yet.
    const draft = visits.isLast[position] === 1 && random() < 0.1;
    const signedAt = new Date(start + 40 * MINUTE).toISOString();
    const signedBy = draft ? null : 'Alex Morgan';
    insert.visit.run(
      id,
      patient.id,
      episode.id,
      visitDate,
      draft ? 'draft' : 'final',
      stored,
      draft ? 3 : 4,
      createdAt,
      draft ? createdAt : signedAt,
      draft ? null : signedAt,
      signedBy,
    );
    tally.visits++;
    if (draft) return;

    const findings = deriveFindings(record, {
      patient,
      involvedSide: involvedSide(profile.soreSide, record),
      settings: DEFAULT_CLINICAL_SETTINGS,
    });
    const signedFindings = JSON.stringify(findings.map(describeFinding));
    insert.signed.run(
      uuidv7({ msecs: start + 40 * MINUTE }),
      id,
      stored,
      signedFindings,
      'Alex Morgan',
      signedAt,
    );
    const measures = JSON.stringify(visitMeasures(profile.soreSide, record));
    insert.findings.run(id, patient.id, signedFindings, measures);
    tally.signedVersions++;

    const context: ProgramContext = {
      redFlags: redFlagScreen(record),
      findings,
      diagnosis: record.diagnosis,
    };
    for (let version = 0; version < VERSIONS_PER_VISIT; version++) {
      const at = start + (45 + version * 20) * MINUTE;
      const content: ProgramContent = episode.content
        ? nextVersion(episode.content, random)
        : firstProgram(record, context, random);
      if (!episode.programId) {
        episode.programId = uuidv7({ msecs: at });
        insert.program.run(
          episode.programId,
          patient.id,
          id,
          content.title,
          1,
          content.items.length,
          new Date(at).toISOString(),
          new Date(at).toISOString(),
        );
        tally.programs++;
      }
      episode.programVersion++;
      episode.content = content;
      addVersion(episode, patient, content, at);
    }
  }

  connection.sqlite.pragma('journal_mode = OFF');
  connection.sqlite.pragma('synchronous = OFF');
  connection.sqlite.pragma('cache_size = -262144');
  const writeBatch = connection.sqlite.transaction((from: number, to: number) => {
    for (let index = from; index < to; index++) writeVisit(visits.order[index]!);
  });
  for (let from = 0; from < shape.visits; from += BATCH) {
    writeBatch(from, Math.min(shape.visits, from + BATCH));
    progress(Math.min(shape.visits, from + BATCH), shape.visits);
  }
  connection.sqlite.pragma('journal_mode = WAL');
  connection.sqlite.pragma('synchronous = FULL');
  return tally;
}
