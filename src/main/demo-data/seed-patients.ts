import type { DatabaseConnection } from '../db/connection';
import { createServices, NO_SYSTEM_PORTS } from '../services';
import { createPatientGenerator } from './generate-patients';

const BATCH = 5_000;

/** Adds `count` made-up patients through the patient service, a transaction per batch. */
export function seedPatients(connection: DatabaseConnection, count: number, seed = 1): void {
  const services = createServices(connection.db, NO_SYSTEM_PORTS);
  const nextPatient = createPatientGenerator(seed);
  const insertBatch = connection.sqlite.transaction((from: number, to: number) => {
    for (let serial = from; serial < to; serial++) services.patients.create(nextPatient(serial));
  });
  for (let from = 0; from < count; from += BATCH) insertBatch(from, Math.min(count, from + BATCH));
}
