import type { FindingKind, Severity } from '../findings';
import type { Caution, Dosage } from './exercise-types';
import type { PainArea, WorkingDiagnosis } from './subjective';
import type { MuscleGroupId } from './tests';

/**
 * The shape of a protocol: what it is for, which findings or diagnoses indicate it, its
 * exercises in phases and when to progress. Matching (protocol-matching.ts) reads these.
 */

/** One reason a protocol may suit the patient, and how much it counts towards the ranking. */
export type Indication =
  | { finding: FindingKind; muscleGroup?: MuscleGroupId; weight: number }
  | { diagnosis: WorkingDiagnosis; weight: number }
  | { painArea: PainArea; weight: number };

export interface ProtocolPhase {
  name: string;
  /** What this phase is for, in one sentence. */
  goal: string;
  /** Library exercise ids, in the order they are done. */
  exercises: string[];
  /** When to move to the next phase. */
  progressWhen: string;
  /**
   * Cautions left out while the patient is in this phase only, on top of the protocol's own
   * `avoid` (e.g. loading a hamstring tendon in deep hip flexion is fine late, not early).
   */
  avoid?: Caution[];
  /**
   * How this phase doses its exercises, over each exercise's library default (e.g. LEAP's
   * daily sessions). Sets, effort, rest, tempo and frequency apply to every exercise of the
   * phase; reps, hold time, distance, band and load only replace a value the exercise
   * already uses, so a hold never turns into reps (see `phaseDosage`).
   */
  dosage?: Partial<Dosage>;
}

export interface Protocol {
  id: string;
  name: string;
  /** What it is for, in one sentence a physio would say. */
  purpose: string;
  indications: Indication[];
  phases: ProtocolPhase[];
  progressionCriteria: string[];
  /** Advice that goes with the exercises (education, load management). */
  advice: string[];
  /** A running protocol is withheld while a red flag is positive. */
  involvesRunning: boolean;
  /** Findings whose side gets extra volume (e.g. the weaker abductors). */
  emphasisFrom: FindingKind[];
  /** Exercises with these cautions are left out of this protocol's program for this patient. */
  avoid: Caution[];
  /**
   * Where to start by the worst severity among the findings that indicated the protocol
   * (e.g. mild weakness can skip the lowest loading tier). Absent: always the first phase.
   */
  startBySeverity?: Record<Severity, number>;
  /**
   * Suggested with this weight whenever another protocol is, so a runner being treated also
   * gets a way back to running. Absent: only its own indications count.
   */
  companionWeight?: number;
}
