import { and, count, desc, eq, sql } from 'drizzle-orm';
import { describeFinding, deriveFindings, involvedSide } from '../../shared/clinical/findings';
import {
  compareVisits,
  progressSeries,
  visitMeasures,
  type MeasureComparison,
  type ProgressSeries,
} from '../../shared/clinical/progress';
import { redFlagScreen } from '../../shared/clinical/red-flag-screen';
import { startFromEarlierVisit } from '../../shared/clinical/carry-forward';
import {
  emptyAssessmentRecord,
  type Assessment,
  type AssessmentRecord,
  type AssessmentSummary,
  type AssessmentVersion,
} from '../../shared/domain/assessment';
import { localToday } from '../../shared/domain/dates';
import type { Episode, NewEpisode } from '../../shared/domain/episode';
import {
  fromStoredRecord,
  toStoredRecord,
  type StoredAssessmentRecord,
} from '../db/assessment-storage';
import type { AppDatabase } from '../db/connection';
import { chartedVisitsOfPatient } from '../db/queries/patient-visits';
import { assessments, assessmentVersions, episodes, visitFindings } from '../db/schema';
import type { Clock } from './clock';
import { ConflictError, IncompleteError, NotFoundError } from './errors';
import type { PatientService } from './patients';
import type { SettingsService } from './settings';

type AssessmentRow = typeof assessments.$inferSelect;

type EpisodeRow = typeof episodes.$inferSelect;

export function toEpisode(row: EpisodeRow): Episode {
  return {
    id: row.id,
    patientId: row.patientId,
    complaint: row.complaint,
    side: row.side,
    startedOn: row.startedOn,
    createdAt: row.createdAt,
  };
}

const NOT_FOUND = 'That assessment could not be found.';

/**
 * Visits and their episodes of care. A visit is a draft, saved as the physio types, until it
 * is finalised (signed); after that every change is an amendment with its own signature and
 * time, and each signed version stays readable.
 */
export function createAssessmentService(
  db: AppDatabase,
  clock: Clock,
  patients: PatientService,
  settings: SettingsService,
) {
  function row(id: string): AssessmentRow {
    const found = db.select().from(assessments).where(eq(assessments.id, id)).get();
    if (!found) throw new NotFoundError(NOT_FOUND);
    return found;
  }

  function episodeOf(episodeId: string): Episode {
    const found = db.select().from(episodes).where(eq(episodes.id, episodeId)).get();
    if (!found) throw new NotFoundError('That episode of care could not be found.');
    return toEpisode(found);
  }

  function toAssessment(found: AssessmentRow): Assessment {
    const amendments = db
      .select({ n: count() })
      .from(assessmentVersions)
      .where(
        and(
          eq(assessmentVersions.assessmentId, found.id),
          eq(assessmentVersions.kind, 'amendment'),
        ),
      )
      .get();
    return {
      id: found.id,
      patientId: found.patientId,
      episode: episodeOf(found.episodeId),
      status: found.status,
      record: fromStoredRecord(found.record as StoredAssessmentRecord),
      revision: found.revision,
      createdAt: found.createdAt,
      updatedAt: found.updatedAt,
      finalisedAt: found.finalisedAt,
      finalisedBy: found.finalisedBy,
      amendments: amendments?.n ?? 0,
    };
  }

  /**
   * The signed visit a follow-up starts from; anything else is refused in plain words. It must
   * be this patient's, in the episode the new visit continues: a new episode is a new complaint,
   * and another episode's tests were chosen for another problem.
   */
  function startingPoint(
    patientId: string,
    episode: { episodeId: string } | NewEpisode,
    assessmentId: string,
  ) {
    if (!('episodeId' in episode)) {
      throw new IncompleteError(
        'A new episode of care starts without an earlier visit: a follow-up can only start from a visit in the episode it continues. Start the new episode on its own, or choose the existing episode.',
      );
    }
    const found = db.select().from(assessments).where(eq(assessments.id, assessmentId)).get();
    if (!found) throw new NotFoundError('The visit to start from could not be found.');
    if (found.patientId !== patientId) {
      throw new IncompleteError(
        "That visit is another patient's: a follow-up can only start from this patient's own visits.",
      );
    }
    if (found.episodeId !== episode.episodeId) {
      const other = episodeOf(found.episodeId);
      throw new IncompleteError(
        `That visit belongs to another episode of care (${other.complaint}): a follow-up can only start from a visit in the episode it continues. Choose that episode, or start without an earlier visit.`,
      );
    }
    if (found.status !== 'final') {
      throw new IncompleteError(
        'That visit is still a draft: a follow-up can only start from a signed visit. Finalise it first, or start without it.',
      );
    }
    return {
      assessmentId: found.id,
      record: fromStoredRecord(found.record as StoredAssessmentRecord),
    };
  }

  /** Where a visit started from is set when it starts; no later save changes it. */
  function keepCarriedForward(id: string, record: AssessmentRecord): AssessmentRecord {
    const { carriedForward } = fromStoredRecord(row(id).record as StoredAssessmentRecord);
    const { carriedForward: _sent, ...rest } = record;
    return carriedForward ? { ...rest, carriedForward } : rest;
  }

  /** The findings as they read now, for a signed version. */
  function findingsFor(assessment: Assessment, record: AssessmentRecord): string[] {
    const patient = patients.get(assessment.patientId);
    return deriveFindings(record, {
      patient: { dateOfBirth: patient.dateOfBirth, sex: patient.sex },
      involvedSide: involvedSide(assessment.episode.side, record),
      settings: settings.clinical(),
    }).map(describeFinding);
  }

  /** Writes the record if nobody saved since `revision`; returns the new revision. */
  function writeRecord(id: string, revision: number, record: AssessmentRecord, extra = {}) {
    const now = clock.nowIso();
    const updated = db
      .update(assessments)
      .set({
        record: toStoredRecord(record),
        visitDate: record.visitDate,
        revision: sql`${assessments.revision} + 1`,
        updatedAt: now,
        ...extra,
      })
      .where(and(eq(assessments.id, id), eq(assessments.revision, revision)))
      .returning()
      .get();
    if (!updated) {
      throw new ConflictError(
        'This assessment was saved from another window since you opened it, so this change was not saved. ' +
          'Open it again to continue from the latest version.',
      );
    }
    return updated;
  }

  function addVersion(
    assessment: Assessment,
    record: AssessmentRecord,
    version: Omit<AssessmentVersion, 'record' | 'findings' | 'version' | 'signedAt'> & {
      signedById?: string | null;
    },
    signedAt: string,
  ) {
    const last = db
      .select({ version: assessmentVersions.version })
      .from(assessmentVersions)
      .where(eq(assessmentVersions.assessmentId, assessment.id))
      .orderBy(desc(assessmentVersions.version))
      .limit(1)
      .get();
    const findings = findingsFor(assessment, record);
    db.insert(assessmentVersions)
      .values({
        id: clock.newId(),
        assessmentId: assessment.id,
        version: (last?.version ?? 0) + 1,
        kind: version.kind,
        record: toStoredRecord(record),
        findings,
        signedBy: version.signedBy,
        signedByPractitionerId: version.signedById ?? null,
        signedAt,
        reason: version.reason,
      })
      .run();
    // The timeline's and the charts' copy: what the visit now stands signed with.
    const measures = visitMeasures(assessment.episode.side, record);
    db.insert(visitFindings)
      .values({ assessmentId: assessment.id, patientId: assessment.patientId, findings, measures })
      .onConflictDoUpdate({ target: visitFindings.assessmentId, set: { findings, measures } })
      .run();
  }

  return {
    episodes(patientId: string): Episode[] {
      patients.get(patientId);
      return db
        .select()
        .from(episodes)
        .where(eq(episodes.patientId, patientId))
        .orderBy(desc(episodes.createdAt))
        .all()
        .map(toEpisode);
    },

    /**
     * Starts a visit in an existing episode of care or a new one; a follow-up in an existing
     * episode can start from an earlier signed visit of that episode (its tests and their
     * set-up, no results). Nothing is created when the starting point is refused.
     */
    start(
      patientId: string,
      episode: { episodeId: string } | NewEpisode,
      startFrom?: { assessmentId: string },
    ): Assessment {
      const patient = patients.get(patientId);
      return db.transaction(() => {
        const source = startFrom && startingPoint(patientId, episode, startFrom.assessmentId);
        const now = clock.nowIso();
        let episodeId: string;
        if ('episodeId' in episode) {
          const existing = episodeOf(episode.episodeId);
          if (existing.patientId !== patientId)
            throw new NotFoundError('That episode of care could not be found.');
          episodeId = existing.id;
        } else {
          episodeId = clock.newId();
          db.insert(episodes)
            .values({ id: episodeId, patientId, ...episode, createdAt: now })
            .run();
        }
        const side = episodeOf(episodeId).side;
        const fresh = emptyAssessmentRecord(localToday());
        fresh.subjective.painSide = side;
        fresh.subjective.weeklyDistanceKm = patient.runningProfile.weeklyDistanceKm;
        const record = source ? startFromEarlierVisit(fresh, source) : fresh;
        const id = clock.newId();
        db.insert(assessments)
          .values({
            id,
            patientId,
            episodeId,
            visitDate: record.visitDate,
            status: 'draft',
            record: toStoredRecord(record),
            createdAt: now,
            updatedAt: now,
          })
          .run();
        return toAssessment(row(id));
      });
    },

    get(id: string): Assessment {
      return toAssessment(row(id));
    },

    forPatient(patientId: string): AssessmentSummary[] {
      patients.get(patientId);
      // Counted per visit through the versions index: a grouped count over all the clinic's
      // versions would read every signed visit of every patient.
      const amendments = sql<number>`(
        SELECT count(*) FROM ${assessmentVersions}
        WHERE ${assessmentVersions.assessmentId} = ${assessments.id}
          AND ${assessmentVersions.kind} = 'amendment'
      )`;
      return db
        .select({
          id: assessments.id,
          status: assessments.status,
          visitDate: assessments.visitDate,
          finalisedAt: assessments.finalisedAt,
          updatedAt: assessments.updatedAt,
          episodeId: assessments.episodeId,
          complaint: episodes.complaint,
          side: episodes.side,
          amendments,
        })
        .from(assessments)
        .innerJoin(episodes, eq(episodes.id, assessments.episodeId))
        .where(eq(assessments.patientId, patientId))
        .orderBy(desc(assessments.visitDate), desc(assessments.createdAt))
        .all();
    },

    /** Autosave of a draft. */
    saveDraft(
      id: string,
      revision: number,
      record: AssessmentRecord,
    ): { revision: number; updatedAt: string } {
      if (row(id).status !== 'draft') {
        throw new ConflictError(
          'This assessment is finalised. Changes to it are made as an amendment.',
        );
      }
      const updated = writeRecord(id, revision, keepCarriedForward(id, record));
      return { revision: updated.revision, updatedAt: updated.updatedAt };
    },

    /**
     * Signs the visit. The red-flag screen must be complete first. `signedById` is the
     * practitioner account signing (the app passes the unlocked one).
     */
    finalise(
      id: string,
      revision: number,
      signedBy: string,
      signedById: string | null = null,
    ): Assessment {
      return db.transaction(() => {
        const current = toAssessment(row(id));
        if (current.status !== 'draft')
          throw new ConflictError('This assessment is already finalised.');
        const screen = redFlagScreen(current.record);
        if (!screen.complete) {
          throw new IncompleteError(
            `Answer every red-flag question before finalising (${screen.unanswered.length} not answered yet).`,
          );
        }
        const now = clock.nowIso();
        writeRecord(id, revision, current.record, {
          status: 'final',
          finalisedAt: now,
          finalisedBy: signedBy,
        });
        addVersion(
          current,
          current.record,
          { kind: 'finalised', signedBy, signedById, reason: null },
          now,
        );
        return toAssessment(row(id));
      });
    },

    /** Changes a finalised visit; the change is signed and kept beside the original. */
    amend(
      id: string,
      revision: number,
      record: AssessmentRecord,
      amendment: { signedBy: string; reason: string; signedById?: string | null },
    ): Assessment {
      return db.transaction(() => {
        const current = toAssessment(row(id));
        if (current.status !== 'final') {
          throw new ConflictError(
            'Only a finalised assessment is amended; a draft is simply edited.',
          );
        }
        if (!redFlagScreen(record).complete) {
          throw new IncompleteError('An amendment cannot leave red-flag questions unanswered.');
        }
        const now = clock.nowIso();
        const amended = keepCarriedForward(id, record);
        writeRecord(id, revision, amended);
        addVersion(current, amended, { kind: 'amendment', ...amendment }, now);
        return toAssessment(row(id));
      });
    },

    versions(id: string): AssessmentVersion[] {
      row(id);
      return db
        .select()
        .from(assessmentVersions)
        .where(eq(assessmentVersions.assessmentId, id))
        .orderBy(assessmentVersions.version)
        .all()
        .map((version) => ({
          version: version.version,
          kind: version.kind,
          record: fromStoredRecord(version.record as StoredAssessmentRecord),
          findings: version.findings,
          signedBy: version.signedBy,
          signedAt: version.signedAt,
          reason: version.reason,
        }));
    },

    /** Each measure across the patient's finalised visits, for the progress charts. */
    progress(patientId: string): ProgressSeries[] {
      patients.get(patientId);
      return progressSeries(
        chartedVisitsOfPatient(db, patientId)
          .all()
          .map((visit) => ({
            assessmentId: visit.assessmentId,
            visitDate: visit.visitDate,
            // Filled on open for visits signed before the column existed (fill-visit-measures.ts).
            values: visit.measures ?? {},
          })),
      );
    },

    /** Two visits of one patient side by side, measure by measure, the earlier one first. */
    compare(firstId: string, secondId: string): MeasureComparison[] {
      const [before, after] = [firstId, secondId]
        .map((id) => {
          const found = row(id);
          const record = fromStoredRecord(found.record as StoredAssessmentRecord);
          return {
            patientId: found.patientId,
            visit: {
              assessmentId: found.id,
              visitDate: found.visitDate,
              record,
              involvedSide: involvedSide(episodeOf(found.episodeId).side, record),
            },
          };
        })
        .sort((a, b) => a.visit.visitDate.localeCompare(b.visit.visitDate));
      if (before!.patientId !== after!.patientId) {
        throw new IncompleteError('Only two visits of the same patient can be compared.');
      }
      return compareVisits(before!.visit, after!.visit);
    },

    /** A draft started by mistake can be thrown away; a finalised visit cannot. */
    discardDraft(id: string, revision: number): void {
      db.transaction(() => {
        const found = row(id);
        if (found.status !== 'draft') {
          throw new ConflictError('A finalised assessment cannot be discarded.');
        }
        const deleted = db
          .delete(assessments)
          .where(and(eq(assessments.id, id), eq(assessments.revision, revision)))
          .returning({ id: assessments.id })
          .all();
        if (deleted.length === 0) {
          throw new ConflictError('This draft changed since you opened it; open it again first.');
        }
        // An episode started only for this draft goes with it.
        const others = db
          .select({ n: count() })
          .from(assessments)
          .where(eq(assessments.episodeId, found.episodeId))
          .get();
        if ((others?.n ?? 0) === 0) {
          db.delete(episodes).where(eq(episodes.id, found.episodeId)).run();
        }
      });
    },
  };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
