import { randomUUID } from 'node:crypto';
import type { ProgramContext } from '../../shared/clinical/program-builder';
import { itemsFromProtocols } from '../../shared/clinical/program-builder';
import { matchInputFor, matchProtocols } from '../../shared/clinical/protocol-matching';
import { suggestReturnToRunPlan } from '../../shared/clinical/return-to-run';
import type { AssessmentRecord } from '../../shared/domain/assessment';
import type { ProgramContent, ProgramItem } from '../../shared/domain/program';
import { DOSAGE_LIMITS } from '../../shared/domain/program';

/**
 * Made-up home programs for the clinic-scale demo database, built the way a physio builds one
 * in the app: the protocols the findings suggest, their exercises and the walk-run plan. Later
 * versions move the dosage on a step, as a physio does at a follow-up.
 */

const PHYSIOS = ['Alex Morgan', 'Sam Rivera', 'Jo Okafor', 'Priya Nair', 'Tom Lindqvist'];

/** The first version of an episode's program, from the visit that started it. */
export function firstProgram(
  record: AssessmentRecord,
  context: ProgramContext,
  random: () => number,
): ProgramContent {
  const match = matchProtocols(matchInputFor(record, context.findings));
  const chosen = match.suggestions.slice(0, 2).map((suggestion) => ({
    protocolId: suggestion.protocol.id,
    phase: suggestion.startPhase,
    emphasisSide: suggestion.emphasisSide,
  }));
  const items = itemsFromProtocols(chosen, context, randomUUID).slice(0, 8);
  const pain = record.subjective.pain;
  return {
    title: 'Hip strength and return to running',
    goal: 'Run without outer hip pain and sleep on the sore side again.',
    protocols: chosen,
    items,
    returnToRun: suggestReturnToRunPlan(
      {
        redFlags: context.redFlags,
        painNow: pain.painNow,
        painDuringRun: pain.painDuringRun,
        weeklyDistanceKm: record.subjective.weeklyDistanceKm,
        findings: context.findings,
        diagnosis: context.diagnosis,
      },
      randomUUID,
    ),
    savedBy: PHYSIOS[Math.floor(random() * PHYSIOS.length)]!,
  };
}

const within = (value: number, limits: { min: number; max: number }) =>
  Math.min(limits.max, Math.max(limits.min, value));

/** One step on for an exercise: a set, a few reps or a longer hold, within the app's limits. */
function progressed(item: ProgramItem, random: () => number): ProgramItem {
  const draw = random();
  if (draw < 0.3) return { ...item, sets: within(item.sets + 1, DOSAGE_LIMITS.sets) };
  if (draw < 0.7 && item.reps !== null)
    return { ...item, reps: within(item.reps + 2, DOSAGE_LIMITS.reps) };
  if (item.holdSeconds !== null)
    return { ...item, holdSeconds: within(item.holdSeconds + 5, DOSAGE_LIMITS.holdSeconds) };
  return { ...item, note: 'Slower on the way down.' };
}

/** The next version: one or two exercises progressed, now and then one dropped. */
export function nextVersion(content: ProgramContent, random: () => number): ProgramContent {
  let items = content.items.map((item) => (random() < 0.3 ? progressed(item, random) : item));
  if (items.length > 3 && random() < 0.15) items = items.slice(0, -1);
  return { ...content, items, savedBy: PHYSIOS[Math.floor(random() * PHYSIOS.length)]! };
}
