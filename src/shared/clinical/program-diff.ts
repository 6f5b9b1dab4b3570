import type {
  ChosenProtocol,
  ProgramItem,
  ReturnToRunPlan,
  RunStage,
  StoredProgramContent,
} from '../domain/program';
import { exerciseLadder, findExercise } from './catalogue/exercises';
import { findProtocol } from './catalogue/protocols';
import {
  describeDosage,
  describeDuration,
  describeFrequency,
  type DosageExercise,
} from './dosage-text';
import { formatNumber } from './format';
import { describeStage } from './return-to-run';

/**
 * What changed between two saved versions of a home program, in the words a physio would use
 * at the next visit: exercises added, removed, reordered, and for each exercise kept, every
 * part of its prescription that differs, old → new. Also the title, goal, protocols and the
 * return-to-running plan. Pure: the caller supplies exercise names (library, the version's
 * copy of a clinic exercise, or the clinic's list).
 */

/** What an entry is about, so the screen can say "Protocol" or "Walk-run stage". */
export type ChangeTopic = 'exercise' | 'title' | 'goal' | 'protocol' | 'run-plan' | 'run-stage';

export interface ProgramChange {
  topic: ChangeTopic;
  /** What it is: the exercise, the protocol, "Stage 2", "Title". */
  subject: string;
  /** Each difference in plain words, e.g. "Sets 2 → 3"; for an addition, what was added. */
  details: string[];
}

export interface ProgramComparison {
  added: ProgramChange[];
  removed: ProgramChange[];
  changed: ProgramChange[];
  /** Exercises that sit elsewhere in the list (not counting the shift from additions). */
  moved: ProgramChange[];
  /** Every difference counted once: each addition, removal and move, each changed field. */
  count: number;
}

export type ExerciseNamer = (exerciseId: string) => string;

const UNKNOWN_EXERCISE = 'An exercise no longer in the library';

/**
 * Names exercises as the handout does: the library first, then the copy of a clinic exercise
 * kept with a version (later versions first), then the clinic's current list.
 */
export function exerciseNamer(
  versions: readonly StoredProgramContent[],
  clinicExercise: (id: string) => { name: string } | undefined = () => undefined,
): ExerciseNamer {
  return (id) =>
    findExercise(id)?.name ??
    versions.map((content) => content.clinicExercises?.[id]?.name).find(Boolean) ??
    clinicExercise(id)?.name ??
    UNKNOWN_EXERCISE;
}

/** "No changes", "1 change", "4 changes". */
export function describeChangeCount(count: number): string {
  if (count === 0) return 'No changes';
  return count === 1 ? '1 change' : `${count} changes`;
}

const quoted = (text: string) => `“${text}”`;

/**
 * "Sets 2 → 3" for two numbers; "Band: green → blue" when either side is words or missing.
 * Null when nothing changed.
 */
function fieldChange(
  label: string,
  before: string | null,
  after: string | null,
  numeric = false,
): string | null {
  if (before === after) return null;
  const joiner = numeric && before !== null && after !== null ? ' ' : ': ';
  return `${label}${joiner}${before ?? 'none'} → ${after ?? 'none'}`;
}

/** A note or goal: added, removed or reworded, with the words. */
function textChange(label: string, before: string | null, after: string | null): string | null {
  if (before === after) return null;
  if (before === null) return `${label} added: ${quoted(after!)}`;
  if (after === null) return `${label} removed (was ${quoted(before)})`;
  return `${label}: ${quoted(before)} → ${quoted(after)}`;
}

const orNull = <T>(value: T | null | undefined, show: (value: T) => string) =>
  value === null || value === undefined ? null : show(value);

/** Extra sets on the weaker side, or null when there are none. */
function extraSetsWords(item: ProgramItem): string | null {
  const extra = item.extraSets ?? 0;
  if (!item.extraSetsOn || extra === 0) return null;
  return `${extra} on the ${item.extraSetsOn}`;
}

/** Rest of 0 and no rest read the same on the handout. */
const restOf = (item: ProgramItem) => (item.restSeconds ? item.restSeconds : null);

/** Whether the new exercise is the harder or easier version of the old one. */
function swapWords(beforeId: string, afterId: string, nameOf: ExerciseNamer): string {
  const ladder = exerciseLadder(beforeId).map((exercise) => exercise.id);
  const from = ladder.indexOf(beforeId);
  const to = ladder.indexOf(afterId);
  const was = nameOf(beforeId);
  if (from === -1 || to === -1) return `In place of ${was}`;
  return to > from ? `Harder version, in place of ${was}` : `Easier version, in place of ${was}`;
}

/** Every part of one exercise's prescription that differs, in the order the card shows them. */
function itemChanges(before: ProgramItem, after: ProgramItem, nameOf: ExerciseNamer): string[] {
  const seconds = (value: number) => describeDuration(value);
  const changes = [
    before.exerciseId === after.exerciseId
      ? null
      : swapWords(before.exerciseId, after.exerciseId, nameOf),
    fieldChange('Side', before.side, after.side),
    fieldChange('Extra sets on the weaker side', extraSetsWords(before), extraSetsWords(after)),
    fieldChange('Sets', String(before.sets), String(after.sets), true),
    fieldChange('Reps', orNull(before.reps, String), orNull(after.reps, String), true),
    fieldChange(
      'Hold',
      orNull(before.holdSeconds, seconds),
      orNull(after.holdSeconds, seconds),
      true,
    ),
    fieldChange(
      'Distance',
      orNull(before.distanceMetres, (metres) => `${metres} m`),
      orNull(after.distanceMetres, (metres) => `${metres} m`),
      true,
    ),
    fieldChange(
      'Load',
      orNull(before.loadKg, (kg) => `${formatNumber(kg)} kg`),
      orNull(after.loadKg, (kg) => `${formatNumber(kg)} kg`),
      true,
    ),
    fieldChange('Band', before.band ?? null, after.band ?? null),
    fieldChange(
      'Effort',
      orNull(before.effort, (effort) => `${effort}/10`),
      orNull(after.effort, (effort) => `${effort}/10`),
      true,
    ),
    fieldChange('Tempo', before.tempo ?? null, after.tempo ?? null),
    fieldChange('Rest', orNull(restOf(before), seconds), orNull(restOf(after), seconds), true),
    // Read as the handout's line reads it ("twice a day, 5 days a week"), times and days together.
    fieldChange('How often', describeFrequency(before), describeFrequency(after)),
    textChange('Note', before.note ?? null, after.note ?? null),
  ];
  return changes.filter((change): change is string => change !== null);
}

/** What the prescription line needs to know about an exercise, from wherever it is described. */
function dosageFacts(id: string, content: StoredProgramContent): DosageExercise {
  return findExercise(id) ?? content.clinicExercises?.[id] ?? { oneSided: true };
}

interface ItemPair {
  before: ProgramItem;
  after: ProgramItem;
  beforeIndex: number;
  afterIndex: number;
}

/**
 * Pairs each exercise of the earlier version with itself in the later one. The item key
 * survives edits, moves and a swap to an easier or harder version, so it is matched first;
 * an exercise removed and added again gets a new key, so what is left is matched by exercise
 * (an exercise is in a program once at most).
 */
function pairItems(before: ProgramItem[], after: ProgramItem[]) {
  const pairs: ItemPair[] = [];
  const usedAfter = new Set<number>();
  const usedBefore = new Set<number>();
  const afterByKey = new Map(after.map((item, index) => [item.key, index]));
  before.forEach((item, beforeIndex) => {
    const afterIndex = afterByKey.get(item.key);
    if (afterIndex === undefined) return;
    pairs.push({ before: item, after: after[afterIndex]!, beforeIndex, afterIndex });
    usedBefore.add(beforeIndex);
    usedAfter.add(afterIndex);
  });
  const afterByExercise = new Map(
    after.flatMap((item, index) => (usedAfter.has(index) ? [] : [[item.exerciseId, index]])),
  );
  before.forEach((item, beforeIndex) => {
    if (usedBefore.has(beforeIndex)) return;
    const afterIndex = afterByExercise.get(item.exerciseId);
    if (afterIndex === undefined) return;
    pairs.push({ before: item, after: after[afterIndex]!, beforeIndex, afterIndex });
    usedBefore.add(beforeIndex);
    usedAfter.add(afterIndex);
    afterByExercise.delete(item.exerciseId);
  });
  pairs.sort((a, b) => a.beforeIndex - b.beforeIndex);
  return {
    pairs,
    removed: before.flatMap((item, index) => (usedBefore.has(index) ? [] : [{ item, index }])),
    added: after.flatMap((item, index) => (usedAfter.has(index) ? [] : [{ item, index }])),
  };
}

/**
 * The exercises that changed place. The longest run of kept exercises still in the same
 * order stayed put; only the others count as moved, so one exercise moved to the top is one
 * move, not a shift of everything below it.
 */
function movedPairs(pairs: ItemPair[]): ItemPair[] {
  // Longest increasing run of later positions, in earlier order (patience sorting).
  const tails: number[] = [];
  const previous: number[] = new Array<number>(pairs.length).fill(-1);
  pairs.forEach((pair, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]!]!.afterIndex < pair.afterIndex) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const stayed = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index !== -1; index = previous[index]!) stayed.add(index);
  return pairs.filter((_, index) => !stayed.has(index)).sort((a, b) => a.afterIndex - b.afterIndex);
}

function exerciseChanges(
  before: StoredProgramContent,
  after: StoredProgramContent,
  nameOf: ExerciseNamer,
): Omit<ProgramComparison, 'count'> {
  const { pairs, removed, added } = pairItems(before.items, after.items);
  const dosage = (item: ProgramItem, content: StoredProgramContent) =>
    describeDosage(item, dosageFacts(item.exerciseId, content));
  return {
    added: added.map(({ item, index }) => ({
      topic: 'exercise',
      subject: nameOf(item.exerciseId),
      details: [`Number ${index + 1} in the list: ${dosage(item, after)}`],
    })),
    removed: removed.map(({ item }) => ({
      topic: 'exercise',
      subject: nameOf(item.exerciseId),
      details: [`Was ${dosage(item, before)}`],
    })),
    changed: [...pairs]
      .sort((a, b) => a.afterIndex - b.afterIndex)
      .flatMap((pair) => {
        const details = itemChanges(pair.before, pair.after, nameOf);
        if (details.length === 0) return [];
        return [{ topic: 'exercise' as const, subject: nameOf(pair.after.exerciseId), details }];
      }),
    moved: movedPairs(pairs).map((pair) => ({
      topic: 'exercise',
      subject: nameOf(pair.after.exerciseId),
      details: [`Number ${pair.beforeIndex + 1} → ${pair.afterIndex + 1} in the list`],
    })),
  };
}

function protocolName(protocolId: string): string {
  return findProtocol(protocolId)?.name ?? 'A protocol no longer in the library';
}

function phaseWords(choice: ChosenProtocol): string {
  const phase = findProtocol(choice.protocolId)?.phases[choice.phase];
  return phase ? `Phase ${choice.phase + 1}: ${phase.name}` : `Phase ${choice.phase + 1}`;
}

function protocolChanges(before: ChosenProtocol[], after: ChosenProtocol[]) {
  const was = new Map(before.map((choice) => [choice.protocolId, choice]));
  const now = new Map(after.map((choice) => [choice.protocolId, choice]));
  const entry = (choice: ChosenProtocol, details: string[]): ProgramChange => ({
    topic: 'protocol',
    subject: protocolName(choice.protocolId),
    details,
  });
  const emphasis = (choice: ChosenProtocol) =>
    choice.emphasisSide ? `${choice.emphasisSide} side` : null;
  return {
    added: after
      .filter((choice) => !was.has(choice.protocolId))
      .map((choice) =>
        entry(choice, [
          `Starting at ${phaseWords(choice)}${choice.emphasisSide ? `, ${choice.emphasisSide} emphasis` : ''}`,
        ]),
      ),
    removed: before.filter((choice) => !now.has(choice.protocolId)).map((c) => entry(c, [])),
    changed: after.flatMap((choice) => {
      const old = was.get(choice.protocolId);
      if (!old) return [];
      const details = [
        old.phase === choice.phase ? null : `${phaseWords(old)} → ${phaseWords(choice)}`,
        fieldChange('Emphasis', emphasis(old), emphasis(choice)),
      ].filter((detail): detail is string => detail !== null);
      return details.length > 0 ? [entry(choice, details)] : [];
    }),
  };
}

const PLAN = 'Return-to-running plan';

function stageChanges(before: RunStage, after: RunStage): string[] {
  const minutes = (value: number) => `${value} min`;
  return [
    fieldChange('Walk', minutes(before.walkMinutes), minutes(after.walkMinutes), true),
    fieldChange('Run', minutes(before.runMinutes), minutes(after.runMinutes), true),
    fieldChange('Repeats', String(before.repeats), String(after.repeats), true),
    fieldChange('Effort', `${before.effort}/10`, `${after.effort}/10`, true),
    fieldChange('Sessions at this stage', String(before.sessions), String(after.sessions), true),
    textChange('Note', before.note ?? null, after.note ?? null),
  ].filter((change): change is string => change !== null);
}

type Groups = Pick<ProgramComparison, 'added' | 'removed' | 'changed'>;

function planChanges(before: ReturnToRunPlan | null, after: ReturnToRunPlan | null): Groups {
  const result: Groups = { added: [], removed: [], changed: [] };
  const whole = (plan: ReturnToRunPlan): ProgramChange => ({
    topic: 'run-plan',
    subject: PLAN,
    details: plan.stages.map((stage, index) => `Stage ${index + 1}: ${describeStage(stage)}`),
  });
  if (before === null || after === null) {
    if (after !== null) result.added.push(whole(after));
    if (before !== null) result.removed.push(whole(before));
    return result;
  }

  const planDetails = [
    fieldChange(
      'Weekly increase once running',
      `${before.weeklyIncreasePercent}%`,
      `${after.weeklyIncreasePercent}%`,
      true,
    ),
    ...after.readiness
      .filter((check) => !before.readiness.some((old) => old.id === check.id))
      .map((check) => `Readiness check added: ${check.label}`),
    ...before.readiness
      .filter((check) => !after.readiness.some((now) => now.id === check.id))
      .map((check) => `Readiness check removed: ${check.label}`),
  ].filter((detail): detail is string => detail !== null);
  if (planDetails.length > 0) {
    result.changed.push({ topic: 'run-plan', subject: PLAN, details: planDetails });
  }

  // Stages keep their key while edited; a new stage gets a new one.
  const was = new Map(before.stages.map((stage) => [stage.key, stage]));
  const now = new Set(after.stages.map((stage) => stage.key));
  after.stages.forEach((stage, index) => {
    const subject = `Walk-run stage ${index + 1}`;
    const old = was.get(stage.key);
    if (!old) {
      result.added.push({ topic: 'run-stage', subject, details: [describeStage(stage)] });
      return;
    }
    const details = stageChanges(old, stage);
    if (details.length > 0) result.changed.push({ topic: 'run-stage', subject, details });
  });
  before.stages.forEach((stage, index) => {
    if (now.has(stage.key)) return;
    result.removed.push({
      topic: 'run-stage',
      subject: `Walk-run stage ${index + 1}`,
      details: [describeStage(stage)],
    });
  });
  return result;
}

function programLevelChanges(before: StoredProgramContent, after: StoredProgramContent) {
  const changed: ProgramChange[] = [];
  if (before.title !== after.title) {
    changed.push({
      topic: 'title',
      subject: 'Title',
      details: [`${quoted(before.title)} → ${quoted(after.title)}`],
    });
  }
  const [wasGoal, goal] = [before.goal ?? null, after.goal ?? null];
  if (wasGoal !== goal) {
    const detail =
      wasGoal === null
        ? `Added: ${quoted(goal!)}`
        : goal === null
          ? `Removed (was ${quoted(wasGoal)})`
          : `${quoted(wasGoal)} → ${quoted(goal)}`;
    changed.push({ topic: 'goal', subject: 'Goal', details: [detail] });
  }
  return changed;
}

/**
 * What changed from `before` to `after`. Order within each group follows the later version
 * (the earlier one for removals): title and goal, exercises, protocols, then the plan.
 */
export function compareProgramVersions(
  before: StoredProgramContent,
  after: StoredProgramContent,
  nameOf: ExerciseNamer,
): ProgramComparison {
  const exercises = exerciseChanges(before, after, nameOf);
  const protocols = protocolChanges(before.protocols, after.protocols);
  const plan = planChanges(before.returnToRun ?? null, after.returnToRun ?? null);
  const added = [...exercises.added, ...protocols.added, ...plan.added];
  const removed = [...exercises.removed, ...protocols.removed, ...plan.removed];
  const changed = [
    ...programLevelChanges(before, after),
    ...exercises.changed,
    ...protocols.changed,
    ...plan.changed,
  ];
  const moved = exercises.moved;
  const count =
    added.length +
    removed.length +
    moved.length +
    changed.reduce((sum, change) => sum + change.details.length, 0);
  return { added, removed, changed, moved, count };
}
