import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../../src/shared/clinical/catalogue/exercises';
import type { Equipment } from '../../src/shared/clinical/catalogue/exercise-types';
import { drawIllustration } from '../../src/shared/illustration/draw-illustration';
import { BAND_HEX, FIGURE_COLOURS, type Shape } from '../../src/shared/illustration/drawing';
import { ILLUSTRATIONS } from '../../src/shared/illustration/exercises';
import type { Illustration, KeyPose, Prop } from '../../src/shared/illustration/illustration';
import { poseProblems } from '../../src/shared/illustration/plausibility';

const figureOf = (id: string) => {
  const figure = ILLUSTRATIONS[id];
  if (!figure) throw new Error(`${id} has no illustration`);
  return figure;
};

/** The props each piece of equipment is drawn as (a ball may be a cushion under a knee). */
const DRAWN_AS: Partial<Record<Equipment, Prop['kind'][]>> = {
  mat: ['mat'],
  band: ['band'],
  step: ['step'],
  bench: ['bench'],
  chair: ['chair'],
  wall: ['wall'],
  ball: ['ball', 'cushion'],
  weight: ['weight'],
  slider: ['slider'],
};

describe('every library exercise has a plausible illustration', () => {
  it('has one for each exercise and none for exercises the library does not have', () => {
    const ids = EXERCISES.map((exercise) => exercise.id);
    expect(ids.filter((id) => !ILLUSTRATIONS[id])).toEqual([]);
    expect(Object.keys(ILLUSTRATIONS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  describe.each(EXERCISES.map((exercise) => [exercise.id, exercise] as const))(
    '%s',
    (id, exercise) => {
      it('shows a start and an end, or one held position with the push to make', () => {
        const figure = figureOf(id);
        const pushes = (figure.arrows ?? []).some((arrow) => 'push' in arrow);
        expect(figure.poses.length).toBeGreaterThanOrEqual(pushes ? 1 : 2);
      });

      it('passes every plausibility check in every pose', () => {
        const figure = figureOf(id);
        const problems = figure.poses.flatMap((key) =>
          poseProblems(key, figure).map((problem) => `${key.name}: ${problem}`),
        );
        expect(problems).toEqual([]);
      });

      it('highlights the left limb it works when one-sided, and draws its equipment', () => {
        const figure = figureOf(id);
        expect(figure.highlight.length).toBeGreaterThan(0);
        if (exercise.oneSided)
          expect(figure.highlight.some((limb) => limb.endsWith('L'))).toBe(true);
        const drawn = new Set(figure.props.map((prop) => prop.kind));
        for (const item of exercise.equipment) {
          const kinds = DRAWN_AS[item];
          if (kinds)
            expect(
              kinds.some((kind) => drawn.has(kind)),
              `${item} is drawn`,
            ).toBe(true);
        }
      });
    },
  );
});

/**
 * Each shape's points, x mirrored when asked, in sorted order (a mirrored arrowhead lists its
 * corners the other way round), for comparing two drawings.
 */
function coordinates(shapes: Shape[], mirror: boolean): number[][] {
  const flip = (x: number) => Math.round((mirror ? -x : x) * 10) / 10 + 0;
  return shapes.map((shape) =>
    shape.kind === 'circle'
      ? [flip(shape.cx), shape.cy, shape.r]
      : [...shape.d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)]
          .map(([, x, y]) => [flip(Number(x)), Number(y)] as const)
          .sort((a, b) => a[0] - b[0] || a[1] - b[1])
          .flat(),
  );
}

describe('drawing an illustration', () => {
  it.each(['clamshell', 'single-leg-bridge', 'single-leg-deadlift', 'side-plank'])(
    'draws the right side of %s as the exact mirror of the left',
    (id) => {
      const left = drawIllustration(figureOf(id), { side: 'left' });
      const right = drawIllustration(figureOf(id), { side: 'right' });
      expect(right.shapes).toHaveLength(left.shapes.length);
      const close = (a: number[][], b: number[][]) =>
        a.every((row, i) => row.every((value, j) => Math.abs(value - b[i]![j]!) <= 0.2));
      expect(close(coordinates(right.shapes, false), coordinates(left.shapes, true))).toBe(true);
      expect(right.description).toContain('right leg');
      expect(left.description).toContain('left leg');
    },
  );

  it('mirrors each picture of a row for the right side but keeps the row reading left to right', () => {
    const figure = figureOf('lateral-step-down');
    expect(figure.layout).toBe('sequence');
    const right = drawIllustration(figure, { side: 'right' });
    const left = drawIllustration(figure, { side: 'left' });
    expect(right.description).toContain('right leg');
    expect(right.description).not.toContain('left leg');
    expect(coordinates(right.shapes, false)).not.toEqual(coordinates(left.shapes, false));
    // The arrowheads between the pictures point right on both sides: the tip is the corner
    // furthest to the right.
    const heads = (shapes: Shape[]) =>
      shapes.filter((shape) => shape.kind === 'path' && shape.fill === FIGURE_COLOURS.arrow);
    for (const drawing of [left, right]) {
      expect(heads(drawing.shapes).length).toBe(figure.poses.length - 1);
      for (const head of heads(drawing.shapes)) {
        const xs = coordinates([head], false)[0]!.filter((_, i) => i % 2 === 0);
        const [tip, ...others] = [...xs].sort((a, b) => b - a);
        expect(tip! - Math.max(...others)).toBeGreaterThan(2);
      }
    }
  });

  it('says when a one-sided exercise shown for the left is done on both sides', () => {
    const both = drawIllustration(figureOf('clamshell'), { side: 'left', bothSides: true });
    expect(both.description).toMatch(
      /Shown for the left side; the right side is done the same way/,
    );
    expect(drawIllustration(figureOf('clamshell'), { side: 'left' }).description).not.toMatch(
      /Shown/,
    );
  });

  it('draws the band in the prescribed colour and the working leg in the working colour', () => {
    const blue = drawIllustration(figureOf('clamshell-band'), { side: 'left', band: 'blue' });
    const colours = (shapes: Shape[]) =>
      shapes.flatMap((shape) => [shape.fill, shape.kind === 'path' ? shape.stroke : shape.stroke]);
    expect(colours(blue.shapes)).toContain(BAND_HEX.blue);
    expect(colours(blue.shapes)).not.toContain(BAND_HEX.red);
    const red = drawIllustration(figureOf('clamshell-band'), { side: 'left', band: 'red' });
    expect(colours(red.shapes)).toContain(BAND_HEX.red);
    expect(colours(blue.shapes)).toContain(FIGURE_COLOURS.working);
    const noBand = drawIllustration(figureOf('clamshell'), { side: 'left', band: 'blue' });
    expect(colours(noBand.shapes)).not.toContain(BAND_HEX.blue);
    // A band exercise with no colour chosen shows a neutral band, not a colour nobody chose.
    const unchosen = drawIllustration(figureOf('clamshell-band'), { side: 'left', band: null });
    expect(colours(unchosen.shapes)).toContain(FIGURE_COLOURS.bandUnchosen);
    for (const hex of Object.values(BAND_HEX)) expect(colours(unchosen.shapes)).not.toContain(hex);
  });

  it('shows the whole drawing in its view box', () => {
    for (const [id, figure] of Object.entries(ILLUSTRATIONS)) {
      const drawing = drawIllustration(figure, { side: 'left' });
      const [x, y, width, height] = drawing.viewBox;
      for (const row of coordinates(drawing.shapes, false))
        for (let i = 0; i + 1 < row.length; i += 2) {
          expect(row[i]!, id).toBeGreaterThanOrEqual(x);
          expect(row[i]!, id).toBeLessThanOrEqual(x + width);
          expect(row[i + 1]!, id).toBeGreaterThanOrEqual(y);
          expect(row[i + 1]!, id).toBeLessThanOrEqual(y + height);
        }
    }
  });
});

describe('the plausibility checks catch what a patient should not copy', () => {
  const standing: KeyPose = {
    name: 'Start',
    pose: { head: 'up', front: 'left' },
    contacts: [{ point: 'heelL', on: 'floor' }],
  };
  const figure = (pose: KeyPose, props: Prop[] = []): Illustration => ({
    view: 'side',
    props,
    poses: [pose],
    highlight: ['legL'],
  });
  const problems = (pose: KeyPose, props: Prop[] = []) => poseProblems(pose, figure(pose, props));

  it('passes a person standing on the floor', () => {
    expect(problems(standing)).toEqual([]);
  });

  it('flags a knee bent backwards and a hip past its range', () => {
    const bad = { ...standing, pose: { ...standing.pose, left: { knee: -10, hipFlex: 150 } } };
    expect(problems(bad).join('\n')).toMatch(/left knee is -10°.*\n.*left hipFlex is 150°/s);
  });

  it('flags a body floating above the floor and a contact that does not touch', () => {
    const floating = { ...standing, pose: { ...standing.pose, lowest: 0.2 } };
    expect(problems(floating)).toEqual([
      expect.stringMatching(/heelL should rest on the floor but is 20 cm above/),
    ]);
    const hand = {
      ...standing,
      contacts: [...standing.contacts, { point: 'handL' as const, on: 'floor' as const }],
    };
    expect(problems(hand)).toEqual([expect.stringMatching(/handL should rest on the floor/)]);
  });

  it('flags a body sunk into the floor, a foot beside its step and a pose resting on nothing', () => {
    const sunk = { ...standing, pose: { ...standing.pose, lowest: -0.1 } };
    expect(problems(sunk).join('\n')).toMatch(/below the floor/);
    const onStep = {
      ...standing,
      pose: { ...standing.pose, lowest: 0.2 },
      contacts: [{ point: 'heelL' as const, on: 'step' as const }],
    };
    expect(problems(onStep, [{ kind: 'step', x: -0.2 }])).toEqual([]);
    expect(problems(onStep, [{ kind: 'step', x: 1 }])).toEqual([
      expect.stringMatching(/beside the step/),
    ]);
    expect(problems(onStep)).toEqual([expect.stringMatching(/step that is not drawn/)]);
    expect(problems({ ...standing, contacts: [] })).toEqual([
      expect.stringMatching(/rests on nothing/),
    ]);
  });

  it('lets a flight phase leave the floor, but only a flight phase', () => {
    const flight = {
      ...standing,
      contacts: [],
      airborne: true,
      pose: { ...standing.pose, lowest: 0.15 },
    };
    expect(problems(flight)).toEqual([]);
    expect(problems({ ...flight, pose: standing.pose })).toEqual([
      'an airborne pose should be off the floor',
    ]);
  });
});
