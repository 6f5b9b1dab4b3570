import type { Contact, Illustration } from '../illustration';
import type { ArmAngles, LegAngles, PoseSpec } from '../pose';

/** Standing side view facing left: the body's left side is toward the viewer. */
const SIDE = { head: 'up', front: 'left' } as const;
/** Standing front view, facing the viewer: the body's left is at the picture's right. */
const FRONT = { head: 'up', front: 'viewer' } as const;

/** Running arms: elbows bent, one arm swung forward and the other back. */
const ARM_FORWARD: ArmAngles = { shoulderFlex: 45, elbow: 90 };
const ARM_BACK: ArmAngles = { shoulderFlex: -45, elbow: 75 };
/** Hands on the waist, elbows back. */
const HANDS_ON_WAIST: ArmAngles = { shoulderFlex: -55, elbow: 110 };

const flat = (side: 'L' | 'R'): Contact[] => [
  { point: `heel${side}`, on: 'floor' },
  { point: `toes${side}`, on: 'floor' },
];
const ball = (side: 'L' | 'R'): Contact[] => [{ point: `toes${side}`, on: 'floor' }];

/** The same pose with the legs and arms swapped side for side. */
function swapped(pose: PoseSpec): PoseSpec {
  return { ...pose, left: pose.right, right: pose.left };
}

/** A running-drill pose: `lifted` is the left leg off the floor, `stance` the right leg. */
function drill(lifted: LegAngles, stance: LegAngles, extra: Partial<PoseSpec> = {}): PoseSpec {
  return {
    ...SIDE,
    ...extra,
    left: { ...lifted, ...ARM_BACK },
    right: { ...stance, ...ARM_FORWARD },
    anchor: { point: 'ankleR', x: 0 },
  };
}

const KNEE_UP: LegAngles = { hipFlex: 90, knee: 95, ankleUp: 15 };
const ON_BALL: LegAngles = { hipFlex: 4, knee: 5, ankleUp: -22 };
const SKIP = drill(KNEE_UP, { ankleUp: -35 }, { lowest: 0.06 });
const HIGH_KNEE = drill(KNEE_UP, ON_BALL, { pitch: 2 });
const HEEL_FLICK = drill(
  { hipFlex: 10, knee: 150, ankleUp: -30 },
  { knee: 10, ankleUp: -15 },
  { pitch: 4 },
);
const JOG_STEP = drill({ hipFlex: 35, knee: 75, ankleUp: -20 }, { knee: 8, ankleUp: -15 });
/** Jogging seen from the front, landing on the left foot under the left hip. */
const LAND_LEFT: PoseSpec = {
  ...FRONT,
  left: { hipFlex: 10, knee: 12, footFlat: true, ...ARM_BACK, shoulderOut: 12 },
  right: { hipFlex: 40, knee: 75, ...ARM_FORWARD, shoulderOut: 12 },
};
/** Split stance: the front foot flat, the back heel raised. */
const SPLIT_FRONT: LegAngles = { hipFlex: 40, knee: 45, footFlat: true };
const SPLIT_BACK: LegAngles = { hipFlex: -25, knee: 30 };
/** Single-leg stance with a soft knee, and the other foot lifted clear. */
const BOUND_STANCE: LegAngles = { hipFlex: 25, knee: 35, hipOut: -8, footFlat: true };
const BOUND_FREE: LegAngles = { hipFlex: 25, hipOut: 25, knee: 95, ankleUp: -20 };

export const DRILL_AND_PLYOMETRIC_ILLUSTRATIONS: Record<string, Illustration> = {
  'a-march': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: { ...SIDE, left: { elbow: 90 }, right: { elbow: 90 } },
        contacts: flat('L'),
      },
      {
        name: 'Knee up',
        pose: drill(KNEE_UP, { footFlat: true }),
        contacts: flat('R'),
      },
      {
        name: 'Other knee up',
        pose: swapped(drill(KNEE_UP, { footFlat: true })),
        contacts: flat('L'),
      },
    ],
  },
  // Skip with one knee up, a quick contact under the hip, then skip with the other knee up.
  'a-skip': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Skip, knee up',
        pose: SKIP,
        contacts: [],
        airborne: true,
      },
      {
        name: 'Foot down under the hip',
        pose: swapped(drill({ hipFlex: 5, knee: 50, ankleUp: -30 }, { ...ON_BALL, hipFlex: -4 })),
        contacts: ball('L'),
      },
      {
        name: 'Skip, other knee up',
        pose: swapped(SKIP),
        contacts: [],
        airborne: true,
      },
    ],
  },
  'high-knees': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Knee up',
        pose: HIGH_KNEE,
        contacts: ball('R'),
      },
      {
        name: 'Other knee up',
        pose: swapped(HIGH_KNEE),
        contacts: ball('L'),
      },
    ],
  },
  // Heel flicked up to the bottom with the knee still pointing down.
  'butt-kicks': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Heel up',
        pose: HEEL_FLICK,
        contacts: ball('R'),
      },
      {
        name: 'Other heel up',
        pose: swapped(HEEL_FLICK),
        contacts: ball('L'),
      },
    ],
  },
  // Seen from the front: each foot lands under its own hip, never across the middle.
  'step-width-drill': {
    view: 'front',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Land on the left foot',
        pose: LAND_LEFT,
        contacts: flat('L'),
      },
      {
        name: 'Land on the right foot',
        pose: swapped(LAND_LEFT),
        contacts: flat('R'),
      },
    ],
  },
  'jog-on-the-spot': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Left foot up',
        pose: JOG_STEP,
        contacts: ball('R'),
      },
      {
        name: 'Right foot up',
        pose: swapped(JOG_STEP),
        contacts: ball('L'),
      },
    ],
  },
  'pogo-hops': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Land on the balls of the feet',
        pose: {
          ...SIDE,
          pitch: 5,
          left: { knee: 8, hipFlex: 4, ankleUp: -25, elbow: 70 },
          right: { knee: 8, hipFlex: 4, ankleUp: -25, elbow: 70 },
        },
        contacts: [...ball('L'), ...ball('R')],
      },
      {
        name: 'Spring up',
        pose: {
          ...SIDE,
          pitch: 3,
          lowest: 0.1,
          left: { ankleUp: -38, elbow: 70 },
          right: { ankleUp: -38, elbow: 70 },
        },
        contacts: [],
        airborne: true,
      },
    ],
  },
  // Facing the wall, fingertips near it for balance; hopping on the left leg.
  'single-leg-pogo-hops': {
    view: 'side',
    layout: 'sequence',
    props: [{ kind: 'wall', x: -0.64 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Land on the ball of the foot',
        pose: {
          ...SIDE,
          pitch: 4,
          left: { knee: 8, hipFlex: 4, ankleUp: -25, shoulderFlex: 80, elbow: 10 },
          right: { hipFlex: 20, knee: 90, ankleUp: -40, shoulderFlex: 80, elbow: 10 },
          anchor: { point: 'toesL', x: 0 },
        },
        contacts: ball('L'),
      },
      {
        name: 'Hop',
        pose: {
          ...SIDE,
          pitch: 4,
          lowest: 0.06,
          left: { ankleUp: -38, shoulderFlex: 80, elbow: 10 },
          right: { hipFlex: 20, knee: 90, ankleUp: -40, shoulderFlex: 80, elbow: 10 },
          anchor: { point: 'toesL', x: 0 },
        },
        contacts: [],
        airborne: true,
      },
    ],
  },
  'squat-jump': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Quarter squat, arms back',
        pose: {
          ...SIDE,
          pitch: 10,
          trunkFlex: 15,
          left: { hipFlex: 45, knee: 60, footFlat: true, shoulderFlex: -50, elbow: 10 },
          right: { hipFlex: 45, knee: 60, footFlat: true, shoulderFlex: -50, elbow: 10 },
        },
        contacts: flat('L'),
      },
      {
        name: 'Jump, arms forward',
        pose: {
          ...SIDE,
          lowest: 0.2,
          left: { ankleUp: -38, shoulderFlex: 150, elbow: 10 },
          right: { ankleUp: -38, shoulderFlex: 150, elbow: 10 },
        },
        contacts: [],
        airborne: true,
      },
      {
        name: 'Land softly',
        pose: {
          ...SIDE,
          pitch: 10,
          trunkFlex: 15,
          left: { hipFlex: 45, knee: 60, footFlat: true, shoulderFlex: 60, elbow: 20 },
          right: { hipFlex: 45, knee: 60, footFlat: true, shoulderFlex: 60, elbow: 20 },
        },
        contacts: flat('L'),
      },
    ],
  },
  'split-squat-jump': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Split stance, dip',
        pose: {
          ...SIDE,
          left: { ...SPLIT_FRONT, ...ARM_BACK },
          right: { ...SPLIT_BACK, ...ARM_FORWARD },
        },
        contacts: [...flat('L'), ...ball('R')],
      },
      {
        name: 'Swap legs in the air',
        pose: {
          ...SIDE,
          lowest: 0.15,
          left: { hipFlex: 5, knee: 60, ankleUp: -30, elbow: 90 },
          right: { hipFlex: 30, knee: 45, ankleUp: -15, elbow: 90 },
        },
        contacts: [],
        airborne: true,
      },
      {
        name: 'Land, other foot forward',
        pose: {
          ...SIDE,
          left: { ...SPLIT_BACK, ...ARM_FORWARD },
          right: { ...SPLIT_FRONT, ...ARM_BACK },
        },
        contacts: [...flat('R'), ...ball('L')],
      },
    ],
  },
  // Seen from the front: push off the right leg, bound to the left, land and hold on the left.
  'lateral-bounds': {
    view: 'front',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'On the right leg',
        pose: {
          ...FRONT,
          trunkFlex: 10,
          left: { ...BOUND_FREE, shoulderOut: 25, elbow: 30 },
          right: { ...BOUND_STANCE, shoulderOut: 25, elbow: 30 },
        },
        contacts: flat('R'),
      },
      {
        name: 'Bound sideways',
        pose: {
          ...FRONT,
          lowest: 0.15,
          roll: -15,
          trunkSideBend: -10,
          left: { hipOut: 40, knee: 20, shoulderOut: 45, elbow: 20 },
          right: { hipOut: 5, ankleUp: -30, shoulderOut: 45, elbow: 20 },
        },
        contacts: [],
        airborne: true,
      },
      {
        name: 'Land on the left leg and hold',
        pose: {
          ...FRONT,
          trunkFlex: 10,
          left: { ...BOUND_STANCE, shoulderOut: 25, elbow: 30 },
          right: { ...BOUND_FREE, shoulderOut: 25, elbow: 30 },
        },
        contacts: flat('L'),
      },
    ],
  },
  'forward-hop-and-stick': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start on one leg',
        pose: {
          ...SIDE,
          pitch: 5,
          left: { hipFlex: 20, knee: 25, footFlat: true, ...HANDS_ON_WAIST },
          right: { hipFlex: 10, knee: 75, ankleUp: -30, ...HANDS_ON_WAIST },
        },
        contacts: flat('L'),
      },
      {
        name: 'Hop forwards',
        pose: {
          ...SIDE,
          pitch: 10,
          lowest: 0.1,
          left: { hipFlex: -5, knee: 10, ankleUp: -30, ...HANDS_ON_WAIST },
          right: { hipFlex: 20, knee: 75, ankleUp: -30, ...HANDS_ON_WAIST },
        },
        contacts: [],
        airborne: true,
      },
      {
        name: 'Land and hold',
        pose: {
          ...SIDE,
          pitch: 25,
          left: { hipFlex: 55, knee: 50, footFlat: true, ...HANDS_ON_WAIST },
          right: { hipFlex: 20, knee: 75, ankleUp: -30, ...HANDS_ON_WAIST },
        },
        contacts: flat('L'),
      },
    ],
  },
  'single-leg-hop-for-distance': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL'],
    poses: [
      {
        name: 'Load, arms back',
        pose: {
          ...SIDE,
          pitch: 25,
          left: { hipFlex: 60, knee: 60, footFlat: true, shoulderFlex: -50, elbow: 20 },
          right: { hipFlex: 15, knee: 80, ankleUp: -40, shoulderFlex: -50, elbow: 20 },
        },
        contacts: flat('L'),
      },
      {
        name: 'Hop forwards',
        pose: {
          ...SIDE,
          pitch: 20,
          lowest: 0.25,
          left: { hipFlex: -15, knee: 5, ankleUp: -35, shoulderFlex: 130, elbow: 20 },
          right: { hipFlex: 60, knee: 80, ankleUp: -20, shoulderFlex: 130, elbow: 20 },
        },
        contacts: [],
        airborne: true,
      },
      {
        name: 'Land and hold',
        pose: {
          ...SIDE,
          pitch: 25,
          left: { hipFlex: 60, knee: 55, footFlat: true, shoulderFlex: 60, elbow: 20 },
          right: { hipFlex: 15, knee: 80, ankleUp: -40, shoulderFlex: 60, elbow: 20 },
        },
        contacts: flat('L'),
      },
    ],
  },
};
