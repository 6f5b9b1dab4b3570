import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedClinic } from '../../src/main/demo-data/seed-clinic';
import { testAppForEachTest } from '../support/test-app';

/**
 * Every statement behind the screens that must stay fast at clinic scale (patient search,
 * opening a patient's page, the progress charts) is checked with EXPLAIN QUERY PLAN on a small
 * clinic made by the same generator as the benchmark's: none may scan a whole table. The
 * statements are caught as the services really run them, so a new query on these paths is
 * checked without anyone listing it here.
 */

interface RanStatement {
  sql: string;
  params: unknown[];
}

/** Runs `work`, noting each statement executed on `sqlite` and the values bound to it. */
function statementsRunBy(sqlite: Database.Database, work: () => void): RanStatement[] {
  const ran: RanStatement[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((sql: string) => {
    const statement = prepare(sql);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      Object.assign(statement, {
        [method]: (...params: unknown[]) => {
          ran.push({ sql, params });
          return original(...params);
        },
      });
    }
    return statement;
  }) as typeof sqlite.prepare;
  try {
    work();
  } finally {
    sqlite.prepare = prepare;
  }
  return ran;
}

const app = testAppForEachTest();

describe('the hot paths at clinic scale', () => {
  it('open a patient, draw the charts and search without scanning any table', () => {
    seedClinic(app.connection, { patients: 200, visits: 2_000 }, 3);
    const busiest = (
      app.connection.sqlite
        .prepare(
          'SELECT patient_id AS id FROM assessments GROUP BY patient_id ORDER BY count(*) DESC LIMIT 1',
        )
        .get() as { id: string }
    ).id;
    const services = app.services;
    const ran = statementsRunBy(app.connection.sqlite, () => {
      services.patients.get(busiest);
      services.timeline.forPatient(busiest);
      services.assessments.forPatient(busiest);
      services.programs.forPatient(busiest);
      services.mail.forPatient(busiest);
      services.assessments.progress(busiest);
      for (const query of ['', 'm', 'mar', 'marta nov', 'novak', '0412', 'marta.novak@'])
        services.patients.search({ query, limit: 50 });
    });
    const reads = ran.filter((statement) => /^\s*select/i.test(statement.sql));
    expect(reads.length).toBeGreaterThan(10);
    for (const { sql, params } of reads) {
      const plan = app.connection.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((step) => (step as { detail: string }).detail);
      for (const step of plan) {
        // The search walks the FTS index (a virtual table "scan" by its index) or the
        // by-name index in order until the limit; neither reads the whole table.
        const allowed =
          /VIRTUAL TABLE INDEX/.test(step) ||
          /USING (COVERING )?INDEX patients_active_by_name/.test(step);
        if (!allowed) expect(step, `${sql}\n${plan.join(' / ')}`).not.toMatch(/^SCAN /);
      }
    }
  });
});
