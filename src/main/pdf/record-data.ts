import type { PaperSize } from '../../shared/domain/clinic-profile';
import type { HandoutClinic } from './handout-data';

/**
 * The patient record summary (the readable half of "Export patient record") as plain data:
 * every line already written in words, so the PDF components only lay it out.
 */
export interface RecordSummaryData {
  paperSize: PaperSize;
  clinic: HandoutClinic;
  /** The export's date in words ("22 November 2026"). */
  exportedOn: string;
  patientName: string;
  /** Details of the person and their running, each a label and its value in words. */
  details: RecordDetail[];
  notes: string | null;
  episodes: RecordEpisode[];
  /** Handouts given and emails sent, oldest first. */
  handedOver: RecordEvent[];
}

export interface RecordDetail {
  label: string;
  value: string;
}

export interface RecordEpisode {
  /** "Outer hip pain, left hip". */
  title: string;
  /** "Started 1 October 2026", or when it was first recorded. */
  started: string;
  visits: RecordVisit[];
  programs: RecordProgram[];
}

export interface RecordVisit {
  /** "3 November 2026". */
  date: string;
  /** "Signed by Jo Physio on 3 November 2026, amended once" or "Draft, not signed". */
  status: string;
  /** Pain scores and the LEFS total, e.g. "Pain now: 2/10". */
  scores: string[];
  /** The findings as they read when last signed. */
  findings: string[];
  /** The physio's impression, when written. */
  impression: string | null;
}

export interface RecordProgram {
  title: string;
  /** "Version 2, saved 4 November 2026 by Jo Physio". */
  latest: string;
  exercises: { name: string; dosage: string }[];
  /** Every version, oldest first: "Version 1: 3 November 2026, Jo Physio, 4 exercises". */
  versions: string[];
}

export interface RecordEvent {
  date: string;
  text: string;
}
