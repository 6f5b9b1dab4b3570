import type { DatabaseConnection } from '../src/main/db/connection';
import { seededRandom } from '../src/main/demo-data/generate-patients';
import { createServices, NO_SYSTEM_PORTS } from '../src/main/services';
import { printFigure, timed } from './figures';

const REPEATS = 20;
const ANY_PATIENTS = 300;

/**
 * Opening patients' history on the clinic-scale database, in the data layer (the services, as
 * the IPC router calls them). "Open" is everything the patient page asks for: the patient, the
 * timeline, the visit and program lists and the emails. Chart series are the progress measures.
 * Each patient is timed on first open (their pages not yet in SQLite's cache) and again after.
 */
export function benchPatientHistory(connection: DatabaseConnection): void {
  const services = createServices(connection.db, NO_SYSTEM_PORTS);
  const open = (id: string) => {
    services.patients.get(id);
    services.timeline.forPatient(id);
    services.assessments.forPatient(id);
    services.programs.forPatient(id);
    services.mail.forPatient(id);
  };
  const series = (id: string) => services.assessments.progress(id);

  const busiest = connection.sqlite
    .prepare(
      `SELECT patient_id AS id, count(*) AS visits FROM assessments
       GROUP BY patient_id HAVING count(*) BETWEEN 140 AND 170`,
    )
    .all() as { id: string; visits: number }[];
  const everyone = connection.sqlite.prepare('SELECT id FROM patients').pluck().all() as string[];
  const random = seededRandom(21);
  const anyone = Array.from(
    { length: ANY_PATIENTS },
    () => everyone[Math.floor(random() * everyone.length)]!,
  );
  const about = `${busiest.length} patients with 140-170 visits`;

  printFigure(
    `patient history open, first time, ${about}`,
    busiest.map(({ id }) => timed(() => open(id))),
  );
  printFigure(
    `patient history open, again, ${about}`,
    busiest.flatMap(({ id }) => Array.from({ length: REPEATS }, () => timed(() => open(id)))),
  );
  printFigure(
    `chart series, ${about}`,
    busiest.flatMap(({ id }) => Array.from({ length: REPEATS }, () => timed(() => series(id)))),
  );
  printFigure(
    `patient history open, first time, ${ANY_PATIENTS} patients drawn at random`,
    anyone.map((id) => timed(() => open(id))),
  );
  printFigure(
    `chart series, ${ANY_PATIENTS} patients drawn at random`,
    anyone.map((id) => timed(() => series(id))),
  );
  const items = services.timeline
    .forPatient(busiest[0]!.id)
    .reduce((sum, episode) => sum + episode.items.length, 0);
  console.log(`# a patient with ${busiest[0]!.visits} visits has ${items} timeline items`);
}
