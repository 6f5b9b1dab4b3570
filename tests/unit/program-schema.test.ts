import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findExercise } from '../../src/shared/clinical/catalogue/exercises';
import { itemFromExercise } from '../../src/shared/clinical/program-builder';
import {
  programContentSchema,
  programItemSchema,
  runStageSchema,
  type ProgramItem,
} from '../../src/shared/domain/program';

const item = (id: string, changes: Partial<ProgramItem> = {}): ProgramItem => ({
  ...itemFromExercise(findExercise(id)!, randomUUID),
  ...changes,
});

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe('a walk-run stage', () => {
  const stage = (walkMinutes: number, runMinutes: number) => ({
    key: randomUUID(),
    walkMinutes,
    runMinutes,
    repeats: 3,
    effort: 3,
    sessions: 2,
    note: null,
  });

  it('needs some walking or running', () => {
    expect(messages(runStageSchema.safeParse(stage(0, 0)))).toEqual([
      'A stage needs some walking or running',
    ]);
    expect(runStageSchema.safeParse(stage(5, 0)).success).toBe(true);
    expect(runStageSchema.safeParse(stage(0, 20)).success).toBe(true);
  });
});

describe('extra sets on a program item', () => {
  it('go with both sides worked and a named side', () => {
    expect(programItemSchema.safeParse(item('single-leg-bridge')).success).toBe(true);
    const emphasised = item('single-leg-bridge', { extraSetsOn: 'left', extraSets: 1 });
    expect(programItemSchema.safeParse(emphasised).success).toBe(true);
    expect(
      programItemSchema.safeParse({ ...emphasised, side: 'right', extraSetsOn: null, extraSets: 0 })
        .success,
    ).toBe(true);
  });

  it('are refused on a single side, with a reason a physio understands', () => {
    const result = programItemSchema.safeParse(
      item('single-leg-bridge', { side: 'right', extraSetsOn: 'left', extraSets: 1 }),
    );
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['extraSetsOn']);
    expect(messages(result)[0]).toMatch(/only apply when both legs are worked/);
  });

  it('are refused without a side to put them on', () => {
    const result = programItemSchema.safeParse(
      item('single-leg-bridge', { extraSetsOn: null, extraSets: 2 }),
    );
    expect(messages(result)).toEqual([
      'Choose which side gets the extra sets, or set the extra sets to 0',
    ]);
  });
});

describe('the exercises of a program', () => {
  const content = (items: ProgramItem[]) => ({
    title: 'Hip strength',
    goal: null,
    protocols: [],
    items,
    returnToRun: null,
    savedBy: 'Sam Physio',
  });

  it('list each exercise once', () => {
    expect(
      programContentSchema.safeParse(content([item('glute-bridge'), item('squat')])).success,
    ).toBe(true);
    const twice = programContentSchema.safeParse(
      content([item('glute-bridge'), item('squat'), item('glute-bridge', { reps: 15 })]),
    );
    expect(messages(twice)).toEqual([
      'The same exercise is listed twice in the program: remove one of them',
    ]);
  });
});
