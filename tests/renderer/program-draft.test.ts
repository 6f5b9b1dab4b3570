import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../src/shared/clinical/catalogue/exercises';
import {
  filterExercises,
  NO_FILTERS,
} from '../../src/renderer/src/features/programs/exercise-search';
import {
  addItems,
  emptyDraft,
  moveItem,
  removeItem,
  updateItem,
  type DraftItem,
} from '../../src/renderer/src/features/programs/program-draft';

const item = (key: string, exerciseId: string): DraftItem => ({
  key,
  exerciseId,
  side: 'both',
  extraSetsOn: null,
  extraSets: 0,
  note: null,
  fromProtocols: [],
  sets: 3,
  reps: 10,
  holdSeconds: null,
  distanceMetres: null,
  restSeconds: 60,
  effort: null,
  tempo: null,
  band: null,
  loadKg: null,
  timesPerDay: 1,
  daysPerWeek: 3,
});

describe('the program on screen', () => {
  const start = addItems(emptyDraft('Test'), [item('a', 'glute-bridge'), item('b', 'clamshell')]);

  it('adds an exercise once, however often it is added', () => {
    const again = addItems(start, [
      item('c', 'clamshell'),
      item('d', 'dead-bug'),
      item('e', 'dead-bug'),
    ]);
    expect(again.items.map((entry) => entry.exerciseId)).toEqual([
      'glute-bridge',
      'clamshell',
      'dead-bug',
    ]);
  });

  it('moves, edits and removes by key', () => {
    const three = addItems(start, [item('c', 'dead-bug')]);
    expect(moveItem(three, 'c', 0).items.map((entry) => entry.key)).toEqual(['c', 'a', 'b']);
    expect(moveItem(three, 'a', 99).items.map((entry) => entry.key)).toEqual(['b', 'c', 'a']);
    expect(moveItem(three, 'a', -5)).toBe(three);
    expect(updateItem(three, 'b', { sets: 5 }).items[1]!.sets).toBe(5);
    expect(updateItem(three, 'b', { sets: 5 }).items[0]!.sets).toBe(3);
    expect(removeItem(three, 'a').items.map((entry) => entry.key)).toEqual(['b', 'c']);
  });
});

describe('searching the library', () => {
  it('finds by name regardless of case and accents, and narrows by filters', () => {
    const byName = filterExercises(EXERCISES, { ...NO_FILTERS, query: 'CLÂMSHELL' });
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((exercise) => /clamshell/i.test(exercise.name + exercise.aim))).toBe(true);

    const banded = filterExercises(EXERCISES, { ...NO_FILTERS, equipment: 'band' });
    expect(banded.length).toBeGreaterThan(0);
    expect(banded.every((exercise) => exercise.equipment.includes('band'))).toBe(true);

    const lyingOnSide = filterExercises(EXERCISES, { ...NO_FILTERS, position: 'lying-on-side' });
    expect(lyingOnSide.every((exercise) => exercise.position === 'lying-on-side')).toBe(true);

    const adductors = filterExercises(EXERCISES, { ...NO_FILTERS, target: 'hip-adductors' });
    expect(adductors.map((exercise) => exercise.id)).toContain('copenhagen-long-lever');
    expect(filterExercises(EXERCISES, { ...NO_FILTERS, query: 'zzzz' })).toEqual([]);
  });
});
