import { and, eq, sql } from 'drizzle-orm';
import type { Patient, PatientInput, PatientSummary } from '../../shared/domain/patient';
import { foldForSearch, patientSortName, phoneSearchText } from '../../shared/domain/search-text';
import type { AppDatabase } from '../db/connection';
import { patientSearchMatch } from '../db/patient-search-match';
import { patientsByName, newestMatchingPatients } from '../db/queries/patient-list';
import { patients } from '../db/schema';
import type { Clock } from './clock';
import { ConflictError, NotFoundError } from './errors';

type PatientRow = typeof patients.$inferSelect;

function toPatient(row: PatientRow): Patient {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    dateOfBirth: row.dateOfBirth,
    sex: row.sex,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    runningProfile: {
      weeklyDistanceKm: row.weeklyDistanceKm,
      yearsRunning: row.yearsRunning,
      surfaces: row.surfaces as Patient['runningProfile']['surfaces'],
      goalEvent: row.goalEvent,
      goalEventDate: row.goalEventDate,
      shoeModel: row.shoeModel,
      shoeDistanceKm: row.shoeDistanceKm,
    },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
    revision: row.revision,
  };
}

function toColumns(input: PatientInput) {
  const profile = input.runningProfile;
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    sortName: patientSortName(input),
    dateOfBirth: input.dateOfBirth,
    sex: input.sex,
    email: input.email,
    phone: input.phone,
    searchPhone: phoneSearchText(input.phone),
    notes: input.notes,
    weeklyDistanceKm: profile.weeklyDistanceKm,
    yearsRunning: profile.yearsRunning,
    surfaces: profile.surfaces,
    goalEvent: profile.goalEvent,
    goalEventDate: profile.goalEventDate,
    shoeModel: profile.shoeModel,
    shoeDistanceKm: profile.shoeDistanceKm,
  };
}

export interface PatientSearchResult {
  patients: PatientSummary[];
  more: boolean;
}

export function createPatientService(db: AppDatabase, clock: Clock) {
  function get(id: string): Patient {
    const row = db.select().from(patients).where(eq(patients.id, id)).get();
    if (!row) throw new NotFoundError('That patient record could not be found.');
    return toPatient(row);
  }

  return {
    get,

    /**
     * Active patients whose name, email or phone matches what was typed, in name order. When
     * more match than fit, the newest are returned and `more` asks the physio to type more.
     */
    search({
      query,
      limit,
      archived = false,
    }: {
      query: string;
      limit: number;
      /** The archived patients instead of the active ones ("Show archived"). */
      archived?: boolean;
    }): PatientSearchResult {
      const match = patientSearchMatch(foldForSearch(query));
      const rows =
        match === null
          ? patientsByName(db, limit + 1, archived).all()
          : newestMatchingPatients(db, match, limit + 1, archived)
              .all()
              .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0));
      return {
        patients: rows.slice(0, limit).map(({ sortName: _sortName, ...summary }) => summary),
        more: rows.length > limit,
      };
    },

    create(input: PatientInput): Patient {
      const now = clock.nowIso();
      const row = db
        .insert(patients)
        .values({ id: clock.newId(), ...toColumns(input), createdAt: now, updatedAt: now })
        .returning()
        .get();
      return toPatient(row);
    },

    /**
     * Saves a change made to `revision` of the record. If someone saved in between, nothing is
     * written and the physio is asked to look at the newer version first.
     */
    update(id: string, revision: number, input: PatientInput): Patient {
      const row = db
        .update(patients)
        .set({
          ...toColumns(input),
          updatedAt: clock.nowIso(),
          revision: sql`${patients.revision} + 1`,
        })
        .where(and(eq(patients.id, id), eq(patients.revision, revision)))
        .returning()
        .get();
      if (row) return toPatient(row);
      get(id); // throws NotFoundError when there is no such patient at all
      throw new ConflictError(
        "This patient's details were changed since you opened them, so your change was not saved. " +
          'Open the patient again to see the latest details, then make your change.',
      );
    },

    /**
     * Archives the patient (out of the list and search, record kept whole) or brings them
     * back; refused like an update when the record changed since `revision`.
     */
    setArchived(id: string, revision: number, archived: boolean): Patient {
      const now = clock.nowIso();
      const row = db
        .update(patients)
        .set({
          archivedAt: archived ? now : null,
          updatedAt: now,
          revision: sql`${patients.revision} + 1`,
        })
        .where(and(eq(patients.id, id), eq(patients.revision, revision)))
        .returning()
        .get();
      if (row) return toPatient(row);
      get(id);
      throw new ConflictError(
        "This patient's record was changed since you opened it, so it was not " +
          `${archived ? 'archived' : 'restored'}. Open the patient again, then try once more.`,
      );
    },
  };
}

export type PatientService = ReturnType<typeof createPatientService>;
