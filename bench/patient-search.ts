import { createPatientGenerator, seededRandom } from '../src/main/demo-data/generate-patients';
import type { DatabaseConnection } from '../src/main/db/connection';
import { createServices, NO_SYSTEM_PORTS } from '../src/main/services';
import { printFigure, timed } from './figures';

const PATIENTS = 100_000;
const TYPED_PATIENTS = 300;

/** Every prefix of a text from one character up: what the search box holds as a physio types. */
function keystrokes(text: string, from = 1): string[] {
  return Array.from({ length: Math.max(0, text.length - from + 1) }, (_, index) =>
    text.slice(0, from + index),
  );
}

/**
 * Replays search-as-you-type for names, emails and phone numbers on a database holding the
 * 100,000 made-up patients of seed 7, timing the data layer (the patient service's search, as
 * the IPC router calls it).
 */
export function benchPatientSearch(connection: DatabaseConnection): void {
  const search = createServices(connection.db, NO_SYSTEM_PORTS).patients.search;
  // Look for people who are in the database: regenerate the same made-up patients.
  const nextPatient = createPatientGenerator(7);
  const everyone = Array.from({ length: PATIENTS }, (_, serial) => nextPatient(serial));
  const random = seededRandom(99);
  const sample = Array.from(
    { length: TYPED_PATIENTS },
    () => everyone[Math.floor(random() * PATIENTS)]!,
  );

  const queries = {
    name: sample.flatMap((p) => [
      ...keystrokes(p.lastName),
      ...keystrokes(`${p.firstName} ${p.lastName}`),
    ]),
    email: sample.flatMap((p) => (p.email ? keystrokes(p.email.split('@')[0]!, 2) : [])),
    phone: sample.flatMap((p) => (p.phone ? keystrokes(p.phone, 3) : [])),
  };
  for (const query of queries.name.slice(0, 200)) search({ query, limit: 50 }); // warm up

  const all: number[] = [];
  for (const [kind, list] of Object.entries(queries)) {
    const samples = list.map((query) => timed(() => search({ query, limit: 50 })));
    all.push(...samples);
    printFigure(
      `patient search as you type, by ${kind} (100k patients, ${list.length} keystrokes)`,
      samples,
    );
  }
  printFigure(`patient search as you type (100k patients, ${all.length} keystrokes)`, all);
  printFigure(
    'patient list, nothing typed (100k patients)',
    Array.from({ length: 200 }, () => timed(() => search({ query: '', limit: 50 }))),
  );
}
