import {
  ADHERENCE_WARNING_COUNT,
  type ChosenProtocol,
  type ProgramContent,
  type ProgramItem,
} from '../domain/program';
import {
  CAUTIONS,
  type Caution,
  type Dosage,
  type Exercise,
  type ExercisePosition,
} from './catalogue/exercise-types';
import { findExercise } from './catalogue/exercises';
import type { Protocol, ProtocolPhase } from './catalogue/protocol-types';
import { findProtocol } from './catalogue/protocols';
import type { WorkingDiagnosis } from './catalogue/subjective';
import type { Side } from './catalogue/types';
import type { Finding } from './findings';
import type { RedFlagScreen } from './red-flag-screen';

/**
 * Turns chosen protocols and library exercises into program items, and checks a program
 * against the patient before it is saved. The safety rule lives here once: under a red flag
 * (or a working diagnosis of a suspected stress fracture) nothing with running or hopping
 * goes into a program.
 */

export interface ProgramContext {
  redFlags: RedFlagScreen;
  findings: Finding[];
  diagnosis: WorkingDiagnosis | null;
}

export type ExerciseLike = Pick<
  Exercise,
  'id' | 'name' | 'category' | 'cautions' | 'dosage' | 'oneSided'
> & {
  /** Lets a suspected stress fracture warn about loading one leg; optional for old callers. */
  position?: ExercisePosition;
};

export type ExerciseLookup = (id: string) => ExerciseLike | undefined;

const STRESS_FRACTURE_DIAGNOSIS = 'working diagnosis of a suspected stress fracture';

/**
 * Why running must stop, in words; empty when it need not. A physio who names a suspected
 * stress fracture as the working diagnosis gets the same protection as a positive screen.
 */
export function runningStopReasons(
  redFlags: RedFlagScreen,
  diagnosis: WorkingDiagnosis | null,
): string[] {
  const flagged = redFlags.referralAdvised || redFlags.noRunning || redFlags.noHopping;
  const reasons = flagged ? [...redFlags.reasons] : [];
  if (flagged && reasons.length === 0) reasons.push('a positive red-flag answer');
  if (diagnosis === 'stress-fracture-suspected') reasons.push(STRESS_FRACTURE_DIAGNOSIS);
  return reasons;
}

/**
 * One sentence for a banner or a disabled control when running must stop for this patient;
 * null when it need not. The reasons are those of `runningStopReasons`.
 */
export function runningStopped(
  context: Pick<ProgramContext, 'redFlags' | 'diagnosis'>,
): string | null {
  const reasons = runningStopReasons(context.redFlags, context.diagnosis);
  if (reasons.length === 0) return null;
  return `No running until a doctor has seen the patient (red flag: ${reasons.join('; ')}).`;
}

/** A suspected stress fracture, from the screen or as the physio's working diagnosis. */
const stressFractureSuspected = (context: Pick<ProgramContext, 'redFlags' | 'diagnosis'>) =>
  context.redFlags.stressFractureSuspected || context.diagnosis === 'stress-fracture-suspected';

const involvesRunning = (exercise: ExerciseLike) =>
  exercise.cautions.includes('running') || exercise.category === 'running-drill';
const involvesHopping = (exercise: ExerciseLike) =>
  exercise.cautions.includes('hopping') || exercise.category === 'plyometric';

/** Why this exercise may not be in the program for this patient now; null when it may. */
export function withheldReason(exercise: ExerciseLike, context: ProgramContext): string | null {
  const reasons = runningStopReasons(context.redFlags, context.diagnosis);
  if (reasons.length === 0) return null;
  const fractureDiagnosis = context.diagnosis === 'stress-fracture-suspected';
  const noHopping = context.redFlags.noHopping || fractureDiagnosis;
  const noRunning = context.redFlags.noRunning || fractureDiagnosis;
  const flag = `(red flag: ${reasons.join('; ')})`;
  if (involvesHopping(exercise) && noHopping) {
    const why =
      context.redFlags.stressFractureSuspected || fractureDiagnosis
        ? 'hopping and jumping could make a suspected stress fracture break through'
        : 'hopping and jumping wait until a doctor has seen the patient';
    return `${exercise.name} is left out: ${why} ${flag}.`;
  }
  if (involvesRunning(exercise) && noRunning) {
    return `${exercise.name} is left out: it involves running, which waits until a doctor has seen the patient ${flag}.`;
  }
  return null;
}

/** The patient's reasons a caution matters, in words (empty when it does not apply). */
function cautionConcerns(caution: Caution, context: ProgramContext): string[] {
  const { findings, diagnosis } = context;
  const titled = (kind: Finding['kind'], muscleGroup?: string) =>
    findings
      .filter(
        (finding) =>
          finding.kind === kind &&
          (muscleGroup === undefined || finding.muscleGroup === muscleGroup),
      )
      .map((finding) => finding.title.toLowerCase());
  const named = (match: boolean, words: string) => (match ? [words] : []);
  switch (caution) {
    case 'lateral-hip-compression':
      return [
        ...titled('gluteal-tendinopathy-signs'),
        ...named(diagnosis === 'gluteal-tendinopathy', 'working diagnosis of gluteal tendinopathy'),
      ];
    case 'hamstring-compression':
      return named(
        diagnosis === 'proximal-hamstring',
        'working diagnosis of proximal hamstring tendinopathy',
      );
    case 'deep-hip-flexion':
      return [
        ...titled('hip-joint-signs'),
        ...named(diagnosis === 'fai-labral', 'working diagnosis of FAI / labral pain'),
        ...named(diagnosis === 'osteoarthritis', 'working diagnosis of hip osteoarthritis'),
      ];
    // A reminder only where the groin is the problem; for anyone else it is plain strength work.
    case 'groin-load':
      return [
        ...titled('weak-muscles', 'adduction'),
        ...named(
          diagnosis === 'adductor-groin',
          'working diagnosis of adductor-related groin pain',
        ),
      ];
    // Under a red flag these are withheld, not warned about; otherwise warning signs ask care.
    case 'running':
    case 'hopping':
      if (runningStopReasons(context.redFlags, diagnosis).length > 0) return [];
      return titled('warning-signs');
  }
}

const SINGLE_LEG_POSITIONS: readonly ExercisePosition[] = ['single-leg-standing', 'moving'];

export const SINGLE_LEG_BONE_WARNING =
  'Weight-bearing on one leg: only if pain-free, after a doctor has cleared the bone.';

/**
 * Cautions of this exercise that matter for this patient, each with the reason. With a
 * suspected stress fracture, standing or moving on one leg also gets a warning (unless the
 * exercise is withheld outright, as running and hopping are).
 */
export function cautionWarnings(exercise: ExerciseLike, context: ProgramContext): string[] {
  const warnings = exercise.cautions.flatMap((caution) => {
    const concerns = cautionConcerns(caution, context);
    if (concerns.length === 0) return [];
    return [`${CAUTIONS[caution].warning} Here: ${concerns.join('; ')}.`];
  });
  if (
    exercise.position !== undefined &&
    SINGLE_LEG_POSITIONS.includes(exercise.position) &&
    stressFractureSuspected(context) &&
    withheldReason(exercise, context) === null
  ) {
    warnings.push(
      `${SINGLE_LEG_BONE_WARNING} Here: ${runningStopReasons(context.redFlags, context.diagnosis).join('; ')}.`,
    );
  }
  return warnings;
}

export function itemFromExercise(
  exercise: ExerciseLike,
  newKey: () => string,
  options: { emphasisSide?: Side | null; fromProtocols?: string[] } = {},
): ProgramItem {
  // Extra sets only make sense when one leg works at a time and one side is the weaker.
  const emphasis = exercise.oneSided ? (options.emphasisSide ?? null) : null;
  return {
    key: newKey(),
    exerciseId: exercise.id,
    ...exercise.dosage,
    side: 'both',
    extraSetsOn: emphasis,
    extraSets: emphasis ? 1 : 0,
    note: null,
    fromProtocols: options.fromProtocols ?? [],
  };
}

/** The phase a choice points to; a phase beyond the last reads as the last. */
function phaseOf(protocol: Protocol, choice: ChosenProtocol): ProtocolPhase | undefined {
  return protocol.phases[Math.min(choice.phase, protocol.phases.length - 1)];
}

/** Cautions every chosen protocol (at its phase) keeps out; they apply to the whole program. */
function avoidedCautions(chosen: ChosenProtocol[]): Set<Caution> {
  const avoided = new Set<Caution>();
  for (const choice of chosen) {
    const protocol = findProtocol(choice.protocolId);
    if (!protocol) continue;
    const phase = phaseOf(protocol, choice);
    for (const caution of [...protocol.avoid, ...(phase?.avoid ?? [])]) avoided.add(caution);
  }
  return avoided;
}

/** Measures that only replace a value the exercise already uses (a hold stays a hold). */
const KEPT_KIND: readonly (keyof Dosage)[] = [
  'reps',
  'holdSeconds',
  'distanceMetres',
  'band',
  'loadKg',
];

/**
 * An exercise's library dosage with a protocol phase's dosage laid over it. Sets, effort,
 * rest, tempo and frequency replace the default; reps, hold time, distance, band and load
 * only replace a value the exercise already has, so the kind of amount never changes.
 */
export function phaseDosage(base: Dosage, phase: Partial<Dosage> | undefined): Dosage {
  if (!phase) return { ...base };
  const result: Dosage = { ...base };
  for (const key of Object.keys(phase) as (keyof Dosage)[]) {
    const value = phase[key];
    if (value === undefined) continue;
    if (KEPT_KIND.includes(key) && base[key] === null) continue;
    (result as unknown as Record<string, unknown>)[key] = value;
  }
  return result;
}

/**
 * The exercises of each chosen protocol's phase, in order, each once, dosed as the phase
 * says. An exercise two protocols share lists both (and keeps the first one's dosage). Left
 * out: anything withheld for this patient, and anything with a caution that one of the
 * protocols avoids, counting those already in the program (`alreadyChosen`) as well as
 * these: a tendinopathy protocol's "no compression" also rules out another protocol's ITB
 * stretch, whichever was chosen first.
 */
export function itemsFromProtocols(
  chosen: ChosenProtocol[],
  context: ProgramContext,
  newKey: () => string,
  lookup: ExerciseLookup = findExercise,
  alreadyChosen: ChosenProtocol[] = [],
): ProgramItem[] {
  const avoided = avoidedCautions([...alreadyChosen, ...chosen]);
  const items: ProgramItem[] = [];
  for (const choice of chosen) {
    const protocol = findProtocol(choice.protocolId);
    if (!protocol) continue;
    const phase = phaseOf(protocol, choice);
    for (const id of phase?.exercises ?? []) {
      const exercise = lookup(id);
      if (!exercise || withheldReason(exercise, context) !== null) continue;
      if (exercise.cautions.some((caution) => avoided.has(caution))) continue;
      const existing = items.findIndex((item) => item.exerciseId === id);
      if (existing === -1) {
        items.push(
          itemFromExercise(
            { ...exercise, dosage: phaseDosage(exercise.dosage, phase?.dosage) },
            newKey,
            { emphasisSide: choice.emphasisSide, fromProtocols: [protocol.id] },
          ),
        );
        continue;
      }
      const item = items[existing]!;
      const emphasis = item.extraSetsOn ?? (exercise.oneSided ? choice.emphasisSide : null);
      items[existing] = {
        ...item,
        fromProtocols: [...new Set([...item.fromProtocols, protocol.id])],
        extraSetsOn: emphasis,
        extraSets: emphasis ? Math.max(item.extraSets, 1) : item.extraSets,
      };
    }
  }
  return items;
}

/**
 * Swaps an item for the library's easier or harder version. The physio's choices (side,
 * extra sets, note, how often, key and origin) stay; the amount resets to the new
 * exercise's default, since 3 x 12 of one exercise says nothing about the next. Between a
 * two-leg and a one-leg exercise the side goes back to both; an emphasis on the weaker side
 * carries over to a one-leg exercise and is dropped for a two-leg one.
 */
export function easierOrHarder(
  item: ProgramItem,
  direction: 'easier' | 'harder',
  lookup: (id: string) => Exercise | undefined = findExercise,
): ProgramItem | null {
  const current = lookup(item.exerciseId);
  if (!current) return null;
  const linkedId = current[direction];
  if (!linkedId) return null;
  const linked = lookup(linkedId);
  if (!linked) return null;
  const { timesPerDay, daysPerWeek } = item;
  const sides =
    linked.oneSided === current.oneSided
      ? {}
      : linked.oneSided && item.extraSetsOn !== null
        ? { side: 'both' as const, extraSetsOn: item.extraSetsOn, extraSets: item.extraSets }
        : { side: 'both' as const, extraSetsOn: null, extraSets: 0 };
  return {
    ...item,
    ...linked.dosage,
    exerciseId: linked.id,
    timesPerDay,
    daysPerWeek,
    ...sides,
  };
}

export interface ProgramCheck {
  /** Must be fixed before the program can be saved. */
  blocking: string[];
  /** Worth a second look; saving is allowed. */
  warnings: string[];
}

/** Why each chosen protocol may not stand in the program; empty when all may. */
function protocolProblems(chosen: ChosenProtocol[], stop: string[]): string[] {
  const problems: string[] = [];
  for (const choice of chosen) {
    const protocol = findProtocol(choice.protocolId);
    if (!protocol) {
      problems.push(
        `A protocol in the program is not in the catalogue (${choice.protocolId}); remove it.`,
      );
      continue;
    }
    const count = protocol.phases.length;
    if (choice.phase >= count) {
      problems.push(
        `${protocol.name} has ${count} phases, so phase ${choice.phase + 1} does not exist; choose a phase from 1 to ${count}.`,
      );
    }
    if (protocol.involvesRunning && stop.length > 0) {
      problems.push(
        `${protocol.name} involves running, which waits until a doctor has seen the patient (red flag: ${stop.join('; ')}). Remove the protocol from the program.`,
      );
    }
  }
  return problems;
}

export function checkProgram(
  content: Pick<ProgramContent, 'items' | 'returnToRun' | 'protocols'>,
  context: ProgramContext,
  lookup: ExerciseLookup,
): ProgramCheck {
  const blocking: string[] = [];
  const warnings: string[] = [];
  const stop = runningStopReasons(context.redFlags, context.diagnosis);
  // A handout with nothing to do is no program; the physio can add one exercise to save.
  if (content.items.length === 0) blocking.push('Add at least one exercise.');
  blocking.push(...protocolProblems(content.protocols, stop));

  for (const item of content.items) {
    const exercise = lookup(item.exerciseId);
    if (!exercise) {
      blocking.push(
        `An exercise in the program is no longer in the library (${item.exerciseId}); remove it.`,
      );
      continue;
    }
    const withheld = withheldReason(exercise, context);
    if (withheld) blocking.push(`${withheld} Remove it from the program.`);
    for (const warning of cautionWarnings(exercise, context)) {
      warnings.push(`${exercise.name}: ${warning}`);
    }
  }

  if (content.returnToRun && stop.length > 0) {
    blocking.push(
      `Remove the return-to-running plan: running waits until a doctor has seen the patient (red flag: ${stop.join('; ')}).`,
    );
  }

  if (content.items.length > ADHERENCE_WARNING_COUNT) {
    warnings.push(
      `This program has ${content.items.length} exercises. People keep up with a short program ` +
        `far better; consider keeping it to about ${ADHERENCE_WARNING_COUNT} that matter most.`,
    );
  }
  return { blocking, warnings };
}
