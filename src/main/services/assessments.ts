import { and, count, desc, eq, sql } from 'drizzle-orm';
import { describeFinding, deriveFindings, involvedSide } from '../../shared/clinical/findings';
import {
  compareVisits,
  progressSeries,
  type MeasureComparison,
  type ProgressSeries,
  type ProgressVisit,
} from '../../shared/clinical/progress';
import { redFlagScreen } from '../../shared/clinical/red-flag-screen';
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
import { finalVisitsOfPatient } from '../db/queries/patient-visits';
import { assessments, assessmentVersions, episodes } from '../db/schema';
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
    version: Omit<AssessmentVersion, 'record' | 'findings' | 'version' | 'signedAt'>,
    signedAt: string,
  ) {
    const last = db
      .select({ version: assessmentVersions.version })
      .from(assessmentVersions)
      .where(eq(assessmentVersions.assessmentId, assessment.id))
      .orderBy(desc(assessmentVersions.version))
      .limit(1)
      .get();
    db.insert(assessmentVersions)
      .values({
        id: clock.newId(),
        assessmentId: assessment.id,
        version: (last?.version ?? 0) + 1,
        kind: version.kind,
        record: toStoredRecord(record),
        findings: findingsFor(assessment, record),
        signedBy: version.signedBy,
        signedAt,
        reason: version.reason,
      })
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

    /** Starts a visit in an existing episode of care or a new one. */
    start(patientId: string, episode: { episodeId: string } | NewEpisode): Assessment {
      const patient = patients.get(patientId);
      return db.transaction(() => {
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
        const record = emptyAssessmentRecord(localToday());
        record.subjective.painSide = side;
        record.subjective.weeklyDistanceKm = patient.runningProfile.weeklyDistanceKm;
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
      const amendmentCounts = db
        .select({ assessmentId: assessmentVersions.assessmentId, n: count().as('n') })
        .from(assessmentVersions)
        .where(eq(assessmentVersions.kind, 'amendment'))
        .groupBy(assessmentVersions.assessmentId)
        .as('amendment_counts');
      return db
        .select({
          id: assessments.id,
          status: assessments.status,
          visitDate: assessments.visitDate,
          finalisedAt: assessments.finalisedAt,
          updatedAt: assessments.updatedAt,
          complaint: episodes.complaint,
          side: episodes.side,
          amendments: sql<number>`coalesce(${amendmentCounts.n}, 0)`,
        })
        .from(assessments)
        .innerJoin(episodes, eq(episodes.id, assessments.episodeId))
        .leftJoin(amendmentCounts, eq(amendmentCounts.assessmentId, assessments.id))
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
      const updated = writeRecord(id, revision, record);
      return { revision: updated.revision, updatedAt: updated.updatedAt };
    },

    /** Signs the visit. The red-flag screen must be complete first. */
    finalise(id: string, revision: number, signedBy: string): Assessment {
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
        addVersion(current, current.record, { kind: 'finalised', signedBy, reason: null }, now);
        return toAssessment(row(id));
      });
    },

    /** Changes a finalised visit; the change is signed and kept beside the original. */
    amend(
      id: string,
      revision: number,
      record: AssessmentRecord,
      amendment: { signedBy: string; reason: string },
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
        writeRecord(id, revision, record);
        addVersion(current, record, { kind: 'amendment', ...amendment }, now);
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

    /** The patient's finalised visits as progress reads them, oldest first. */
    progressVisits(patientId: string): ProgressVisit[] {
      patients.get(patientId);
      return finalVisitsOfPatient(db, patientId)
        .all()
        .map((visit) => {
          const record = fromStoredRecord(visit.record as StoredAssessmentRecord);
          return {
            assessmentId: visit.id,
            visitDate: visit.visitDate,
            record,
            involvedSide: involvedSide(visit.episodeSide, record),
          };
        });
    },

    /** Each measure across the patient's finalised visits, for the progress charts. */
    progress(patientId: string): ProgressSeries[] {
      return progressSeries(this.progressVisits(patientId));
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
