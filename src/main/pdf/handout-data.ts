import type { Drawing } from '../../shared/illustration/drawing';
import type { PaperSize } from '../../shared/domain/clinic-profile';

/**
 * Everything a handout shows, as plain data: words and numbers already written for the
 * patient. The PDF components only lay it out, so the layout can be tested with data alone.
 */
export interface HandoutData {
  paperSize: PaperSize;
  clinic: HandoutClinic;
  practitioner: string;
  /** The date printed on the handout, already in words ("22 November 2026"). */
  issuedOn: string;
  patientName: string;
  title: string;
  /** The program's goal in one sentence. */
  goal: string;
  /** How often, for the whole program ("Every day" or a short summary). */
  frequency: string;
  /** Set when a red flag was found: this leads the handout and running advice is left out. */
  referral: HandoutReferral | null;
  exercises: HandoutExercise[];
  painGuide: HandoutPainGuide;
  /** When to stop and call the clinic or see a doctor, in plain words. */
  seekHelp: string[];
  returnToRun: HandoutReturnToRun | null;
  log: HandoutLog;
  /** The next visit in words ("Wednesday 2 December 2026 at 10:30"), or none. */
  nextAppointment: string | null;
}

export interface HandoutClinic {
  name: string;
  addressLines: string[];
  phone: string;
  email: string;
  website: string;
  /** PNG or JPEG data URL. */
  logo: string | null;
}

export interface HandoutReferral {
  /** What was found, in plain words. */
  reasons: string[];
}

export type HandoutIllustration =
  /** A clinic exercise without a photo: a frame with its name. */
  | { kind: 'placeholder' }
  /** A library exercise's figure, drawn for the side and band prescribed. */
  | { kind: 'drawing'; drawing: Drawing }
  /** The clinic's own photo (PNG, JPEG or WebP data URL) for one of its exercises. */
  | { kind: 'photo'; dataUrl: string };

export interface HandoutExercise {
  number: number;
  name: string;
  /** One plain line: how much, which side, with what, how often. */
  dosage: string;
  /** "Left leg only", "Both legs", or null for a two-legged exercise. */
  side: string | null;
  startingPosition: string;
  steps: string[];
  cues: string[];
  avoid: string[];
  note: string | null;
  illustration: HandoutIllustration;
}

export interface HandoutPainGuide {
  zones: { range: string; meaning: string }[];
  rule: string;
}

export interface HandoutReturnToRun {
  stages: {
    stage: number;
    walk: string;
    run: string;
    repeats: string;
    total: string;
    effort: string;
    sessions: string;
    note: string | null;
  }[];
  rules: string[];
}

export interface HandoutLog {
  weeks: number;
  /** Boxes to tick per day: the most times a day any exercise asks for. */
  sessionsPerDay: number;
  daysPerWeek: number;
}
