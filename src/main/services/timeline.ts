import type { TimelineEpisode, TimelineItem } from '../../shared/domain/timeline';
import type { AppDatabase } from '../db/connection';
import {
  emailsOfPatient,
  episodesOfPatient,
  handoutsOfPatient,
  programVersionsOfPatient,
  signedFindingsOfPatient,
  visitsOfPatient,
} from '../db/queries/patient-timeline';
import { toEpisode } from './assessments';
import type { PatientService } from './patients';

const newestFirst = (a: TimelineItem, b: TimelineItem) => b.at.localeCompare(a.at);

/**
 * The patient's timeline: visits (with their signed findings), program versions, handouts
 * given and emails, newest first within each episode of care, newest episode first. A
 * program belongs to the episode of the visit it was built from, and so do its handouts and
 * emails.
 */
export function createTimelineService(db: AppDatabase, deps: { patients: PatientService }) {
  return {
    forPatient(patientId: string): TimelineEpisode[] {
      deps.patients.get(patientId);
      const findings = new Map<string, string[]>();
      for (const signed of signedFindingsOfPatient(db, patientId).all()) {
        findings.set(signed.assessmentId, signed.findings);
      }
      const items = new Map<string, TimelineItem[]>();
      const add = (episodeId: string | undefined, item: TimelineItem) => {
        if (!episodeId) return;
        items.set(episodeId, [...(items.get(episodeId) ?? []), item]);
      };

      const episodeOfVisit = new Map<string, string>();
      for (const visit of visitsOfPatient(db, patientId).all()) {
        episodeOfVisit.set(visit.id, visit.episodeId);
        add(visit.episodeId, {
          kind: 'visit',
          at: visit.visitDate,
          assessmentId: visit.id,
          status: visit.status,
          findings: visit.status === 'final' ? (findings.get(visit.id) ?? []) : [],
        });
      }
      const episodeOfProgram = new Map<string, string | undefined>();
      for (const version of programVersionsOfPatient(db, patientId).all()) {
        const episodeId = episodeOfVisit.get(version.assessmentId);
        episodeOfProgram.set(version.programId, episodeId);
        add(episodeId, {
          kind: 'program',
          at: version.savedAt,
          programId: version.programId,
          version: version.version,
          title: version.title,
          savedBy: version.savedBy,
        });
      }
      for (const handout of handoutsOfPatient(db, patientId).all()) {
        add(episodeOfProgram.get(handout.programId), {
          kind: 'handout',
          at: handout.exportedAt,
          id: handout.id,
          programId: handout.programId,
          programVersion: handout.programVersion,
          action: handout.action,
          fileName: handout.fileName,
        });
      }
      for (const email of emailsOfPatient(db, patientId).all()) {
        add(episodeOfProgram.get(email.programId), {
          kind: 'email',
          at: email.createdAt,
          id: email.id,
          programId: email.programId,
          programVersion: email.programVersion,
          to: email.to,
          state: email.state,
        });
      }
      return episodesOfPatient(db, patientId)
        .all()
        .map((episode) => ({
          episode: toEpisode(episode),
          items: (items.get(episode.id) ?? []).sort(newestFirst),
        }));
    },
  };
}

export type TimelineService = ReturnType<typeof createTimelineService>;
