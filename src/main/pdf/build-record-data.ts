import { format, parseISO } from 'date-fns';
import { PAIN_SCORES } from '../../shared/clinical/catalogue/outcome-measures';
import { describeDosage } from '../../shared/clinical/dosage-text';
import { lefsScore } from '../../shared/clinical/scoring';
import type { ClinicProfile } from '../../shared/domain/clinic-profile';
import { fullName, SEX_LABELS, SURFACE_LABELS } from '../../shared/domain/patient';
import type { StoredProgramContent } from '../../shared/domain/program';
import { fromStoredRecord, type StoredAssessmentRecord } from '../db/assessment-storage';
import type { PatientRecordRows } from '../db/queries/patient-record';
import { letterheadClinic, type HandoutExerciseText } from './build-handout-data';
import type {
  RecordDetail,
  RecordEvent,
  RecordProgram,
  RecordSummaryData,
  RecordVisit,
} from './record-data';

type Rows = PatientRecordRows;

/** "3 November 2026" for a calendar date or a stored ISO time (in the clinic's time zone). */
const day = (value: string) => format(parseISO(value), 'd MMMM yyyy');

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);

const HIPS = { left: 'left hip', right: 'right hip', both: 'both hips' } as const;

const EMAIL_STATES = {
  queued: 'waiting to be sent',
  sending: 'being sent',
  sent: 'sent',
  failed: 'not sent',
  unknown: 'may have been sent',
} as const;

const HANDOUT_ACTIONS = {
  saved: 'saved as a file',
  downloaded: 'downloaded',
  printed: 'printed',
} as const;

function details(patient: Rows['patient']): RecordDetail[] {
  const lines: [string, string | null][] = [
    ['Date of birth', patient.dateOfBirth && day(patient.dateOfBirth)],
    ['Sex', SEX_LABELS[patient.sex]],
    ['Email', patient.email],
    ['Phone', patient.phone],
    ['Weekly running', patient.weeklyDistanceKm === null ? null : `${patient.weeklyDistanceKm} km`],
    ['Years running', patient.yearsRunning === null ? null : String(patient.yearsRunning)],
    [
      'Surfaces',
      (patient.surfaces as (keyof typeof SURFACE_LABELS)[])
        .map((surface) => SURFACE_LABELS[surface] ?? surface)
        .join(', ') || null,
    ],
    [
      'Goal',
      [patient.goalEvent, patient.goalEventDate && day(patient.goalEventDate)]
        .filter(Boolean)
        .join(', ') || null,
    ],
    [
      'Shoe',
      [patient.shoeModel, patient.shoeDistanceKm === null ? null : `${patient.shoeDistanceKm} km`]
        .filter(Boolean)
        .join(', ') || null,
    ],
    ['Record created', day(patient.createdAt)],
    ['Archived', patient.archivedAt && day(patient.archivedAt)],
  ];
  return lines.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

function visit(rows: Rows, assessment: Rows['assessments'][number]): RecordVisit {
  const record = fromStoredRecord(assessment.record as StoredAssessmentRecord);
  const versions = rows.assessmentVersions.filter((v) => v.assessmentId === assessment.id);
  const signed = versions.at(-1);
  const amendments = versions.filter((v) => v.kind === 'amendment').length;
  const pain = PAIN_SCORES.flatMap((score) => {
    const value = record.subjective.pain[score.id];
    return value === null ? [] : [`${score.label}: ${value}/10`];
  });
  const lefs = lefsScore(record.lefs).total;
  return {
    date: day(assessment.visitDate),
    status: signed
      ? `Signed by ${signed.signedBy} on ${day(signed.signedAt)}` +
        (amendments > 0 ? `, amended ${times(amendments)}` : '')
      : 'Draft, not signed',
    scores: lefs === null ? pain : [...pain, `LEFS: ${lefs}/80`],
    findings: signed?.findings ?? [],
    impression: record.impression,
  };
}

function program(
  rows: Rows,
  found: Rows['programs'][number],
  exerciseText: (id: string, content: StoredProgramContent) => HandoutExerciseText | undefined,
): RecordProgram {
  const versions = rows.programVersions.filter((v) => v.programId === found.id);
  const latest = versions.at(-1);
  const content = latest?.content as StoredProgramContent | undefined;
  return {
    title: found.title,
    latest: latest
      ? `Latest: version ${latest.version}, saved ${day(latest.savedAt)} by ${latest.savedBy}`
      : 'No saved version',
    exercises: (content?.items ?? []).map((item) => {
      const text = exerciseText(item.exerciseId, content!);
      return text
        ? { name: text.name, dosage: describeDosage(item, text) }
        : { name: item.exerciseId, dosage: `${item.sets} sets` };
    }),
    versions: versions.map((v) => {
      const count = (v.content as StoredProgramContent).items.length;
      return `Version ${v.version}: ${day(v.savedAt)}, ${v.savedBy}, ${count} exercise${count === 1 ? '' : 's'}`;
    }),
  };
}

/** Handouts given, emails sent and earlier exports of the record, oldest first. */
function handedOver(rows: Rows): RecordEvent[] {
  const titles = new Map(rows.programs.map((found) => [found.id, found.title]));
  const events: { at: string; text: string }[] = [
    ...rows.handoutExports.map((handout) => ({
      at: handout.exportedAt,
      text: `Home program "${titles.get(handout.programId)}" (version ${handout.programVersion}) ${HANDOUT_ACTIONS[handout.action]}: ${handout.fileName}`,
    })),
    ...rows.emails.map((email) => ({
      at: email.sentAt ?? email.createdAt,
      text: `Email "${email.subject}" to ${email.toAddress}, ${EMAIL_STATES[email.state]}, with ${email.fileName}`,
    })),
    ...rows.recordExports.map((exported) => ({
      at: exported.exportedAt,
      text: `This record exported (${exported.pdfFileName} and ${exported.jsonFileName})`,
    })),
  ];
  return events
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((event) => ({ date: day(event.at), text: event.text }));
}

/**
 * The readable summary of the patient's record: details, each episode of care with its
 * visits (date, status, scores, findings as signed) and the programs built from them (the
 * latest version's exercises with their dosage, and every version), then what was handed
 * over. Episodes and visits run oldest first, as a story of the care.
 */
export function buildRecordData(source: {
  rows: Rows;
  clinic: ClinicProfile;
  exportedAt: Date;
  exerciseText: (id: string, content: StoredProgramContent) => HandoutExerciseText | undefined;
}): RecordSummaryData {
  const { rows } = source;
  const episodeOfVisit = new Map(rows.assessments.map((a) => [a.id, a.episodeId]));
  return {
    paperSize: source.clinic.paperSize,
    clinic: letterheadClinic(source.clinic),
    exportedOn: format(source.exportedAt, 'd MMMM yyyy'),
    patientName: fullName(rows.patient),
    details: details(rows.patient),
    notes: rows.patient.notes,
    episodes: rows.episodes.map((episode) => ({
      title: `${episode.complaint}, ${HIPS[episode.side]}`,
      started: episode.startedOn
        ? `Started ${day(episode.startedOn)}`
        : `Recorded ${day(episode.createdAt)}`,
      visits: rows.assessments
        .filter((assessment) => assessment.episodeId === episode.id)
        .map((assessment) => visit(rows, assessment)),
      programs: rows.programs
        .filter((found) => episodeOfVisit.get(found.assessmentId) === episode.id)
        .map((found) => program(rows, found, source.exerciseText)),
    })),
    handedOver: handedOver(rows),
  };
}
