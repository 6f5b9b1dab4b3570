import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConnection } from '../../src/main/db/connection';
import { patientsByName, newestMatchingPatients } from '../../src/main/db/queries/patient-list';
import { patients } from '../../src/main/db/schema';
import { createServices, NO_SYSTEM_PORTS, type Services } from '../../src/main/services';
import { samplePatient } from '../support/sample-patients';
import { openTestDatabase, randomKey, temporaryDirectory } from '../support/temp-database';

let folder: ReturnType<typeof temporaryDirectory>;
let connection: DatabaseConnection;
let services: Services;

beforeAll(async () => {
  folder = temporaryDirectory();
  connection = await openTestDatabase(folder.path, randomKey());
  services = createServices(connection.db, NO_SYSTEM_PORTS);
  services.patients.create(samplePatient());
  services.patients.create(
    samplePatient({
      firstName: 'Zoë',
      lastName: 'Łukasiewicz',
      email: 'zoe.l@runmail.org',
      phone: '+44 7700 900123',
    }),
  );
  services.patients.create(
    samplePatient({
      firstName: 'Ólafur',
      lastName: 'Arnalds',
      email: 'oli@example.is',
      phone: null,
    }),
  );
});
afterAll(() => {
  connection.close();
  folder.remove();
});

const namesFor = (query: string) =>
  services.patients
    .search({ query, limit: 50 })
    .patients.map((p) => `${p.firstName} ${p.lastName}`);

describe('patient search', () => {
  it('lists everyone in last-name order when nothing is typed', () => {
    expect(namesFor('')).toEqual(['Ólafur Arnalds', 'Zoë Łukasiewicz', 'Marta Novak']);
  });

  it('finds part of a name, ignoring case and accents', () => {
    expect(namesFor('nov')).toEqual(['Marta Novak']);
    expect(namesFor('zoe luka')).toEqual(['Zoë Łukasiewicz']);
    expect(namesFor('OLAF')).toEqual(['Ólafur Arnalds']);
  });

  it('finds part of an email and the start of a phone number however it is written', () => {
    expect(namesFor('runmail')).toEqual(['Zoë Łukasiewicz']);
    expect(namesFor('marta.novak@exa')).toEqual(['Marta Novak']);
    expect(namesFor('0412-345')).toEqual(['Marta Novak']);
    expect(namesFor('+44 7700')).toEqual(['Zoë Łukasiewicz']);
    expect(namesFor('345 678')).toEqual(['Marta Novak']); // groups in the middle of the number
    expect(namesFor('7700900')).toEqual([]); // joined digits match from the start only
    expect(namesFor('l@runm')).toEqual(['Zoë Łukasiewicz']);
  });

  it('says when more patients match than it returned', () => {
    expect(services.patients.search({ query: '', limit: 2 }).more).toBe(true);
    expect(services.patients.search({ query: '', limit: 3 }).more).toBe(false);
  });

  it('never scans the whole patients table', () => {
    const planFor = (query: { toSQL(): { sql: string; params: unknown[] } }) => {
      const { sql, params } = query.toSQL();
      return connection.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((step) => (step as { detail: string }).detail);
    };
    const list = planFor(patientsByName(connection.db, 51));
    expect(list.join('\n')).toContain('USING INDEX patients_active_by_name');
    const search = planFor(newestMatchingPatients(connection.db, '"mar"*', 51));
    expect(search.join('\n')).toMatch(/VIRTUAL TABLE INDEX/);
    expect(search.join('\n')).toMatch(/SEARCH patients USING INTEGER PRIMARY KEY/);
    // An ordered walk of an index that stops at the limit is fine; a bare table scan is not.
    for (const step of [...list, ...search]) expect(step).not.toMatch(/^SCAN patients$/);
    expect(search.join('\n')).not.toContain('TEMP B-TREE'); // no sort of all matches
  });

  it('follows edits and leaves out archived patients', () => {
    const [marta] = services.patients.search({ query: 'marta', limit: 1 }).patients;
    services.patients.update(
      marta!.id,
      1,
      samplePatient({ lastName: 'Kowalska', email: 'marta.k@example.com' }),
    );
    expect(namesFor('novak')).toEqual([]);
    expect(namesFor('kowal')).toEqual(['Marta Kowalska']);

    connection.db.update(patients).set({ archivedAt: new Date().toISOString() }).run();
    expect(namesFor('')).toEqual([]);
    expect(namesFor('kowal')).toEqual([]);
  });
});
