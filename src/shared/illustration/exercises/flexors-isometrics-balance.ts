import type { Contact, Illustration } from '../illustration';
import type { PoseSpec } from '../pose';

/** Standing tall, side view facing left. */
const SIDE: PoseSpec = { head: 'up', front: 'left' };
/** Sitting on a chair, side view facing left, thighs level and feet flat. */
const SEATED_LEG = { hipFlex: 80, knee: 80, footFlat: true };
/** Lying on the back, knees bent and feet flat, the left side toward the viewer. */
const HOOK_LEG = { hipFlex: 50, knee: 100, footFlat: true };

/** Standing on the left leg (the near one, side view) with a soft knee. */
const STANCE_L = { hipFlex: 3, knee: 6, footFlat: true };
/** The free right foot lifted off the floor behind, knee bent. */
const FREE_R = { hipFlex: 10, knee: 70, ankleUp: -10 };
const ON_LEFT: PoseSpec = {
  ...SIDE,
  left: STANCE_L,
  right: FREE_R,
  anchor: { point: 'ankleL', x: 0 },
};
/** Standing on both feet before the free foot lifts: the start of each balance hold. */
const BOTH_FEET: PoseSpec = {
  ...SIDE,
  left: { footFlat: true },
  right: { footFlat: true },
  anchor: { point: 'ankleL', x: 0 },
};
/** On hands and knees, side view facing left (the model's arms are long, so the back slopes a little). */
const QUADRUPED: PoseSpec = { head: 'left', front: 'down', pitch: -18 };
const KNEEL = { hipFlex: 72, knee: 102, ankleUp: -50 };
const HAND_DOWN = { shoulderFlex: 75 };
/** Lying on the back, head at the right, the left side toward the viewer. */
const SUPINE: PoseSpec = { head: 'right', front: 'up' };
const TABLETOP = { hipFlex: 90, knee: 90, shoulderFlex: 90 };

/** Lying on the left side facing the viewer, head at the right (the left leg underneath). */
const LEFT_SIDE_LYING: PoseSpec = { head: 'right', front: 'viewer', roll: 3 };
/** The top leg bent, its foot on the floor in front of the bottom knee. */
const TOP_FOOT_DOWN = { hipFlex: 75, knee: 90, hipTurnOut: 50, hipOut: 17 };
/** Lying on the right side facing the viewer, head at the left (the left leg on top). */
const RIGHT_SIDE_LYING: PoseSpec = { head: 'left', front: 'viewer' };
/** Walking: the front heel lands, the back foot pushes off from its toes. */
const HEEL_DOWN = { hipFlex: 22, knee: 3, ankleUp: 10 };
const TOES_BEHIND = { hipFlex: -15, knee: 35, ankleUp: -15 };
const HANDS_ON_HIPS = { shoulderFlex: -20, elbow: 75 };

const feet = (side: 'L' | 'R', on: Contact['on'] = 'floor'): Contact[] => [
  { point: `heel${side}`, on },
  { point: `toes${side}`, on },
];

export const FLEXOR_ISOMETRIC_BALANCE_ILLUSTRATIONS: Record<string, Illustration> = {
  'standing-hip-flexion-band': {
    view: 'side',
    props: [
      { kind: 'wall', x: -0.6 },
      { kind: 'band', from: 'ankleL', to: { x: 0.55, y: 0.06 } },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          ...SIDE,
          right: { shoulderFlex: 70, elbow: 10 },
          anchor: { point: 'ankleR', x: 0 },
        },
        contacts: [...feet('R'), { point: 'handR', on: 'wall' }],
      },
      {
        name: 'End',
        pose: {
          ...SIDE,
          left: { hipFlex: 90, knee: 100, ankleUp: -10 },
          right: { shoulderFlex: 70, elbow: 10 },
          anchor: { point: 'ankleR', x: 0 },
        },
        contacts: [...feet('R'), { point: 'handR', on: 'wall' }],
      },
    ],
    arrows: [{ follow: 'kneeL' }],
  },

  'seated-hip-flexion': {
    view: 'side',
    props: [{ kind: 'chair', x: -0.15, facing: 'left' }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          ...SIDE,
          left: { ...SEATED_LEG, shoulderOut: 30 },
          right: { ...SEATED_LEG, shoulderOut: 30 },
        },
        contacts: [{ point: 'pelvis', on: 'chair' }, { point: 'handR', on: 'chair' }, ...feet('R')],
      },
      {
        name: 'End',
        pose: {
          ...SIDE,
          left: { hipFlex: 92, knee: 92, footFlat: true, shoulderOut: 30 },
          right: { ...SEATED_LEG, shoulderOut: 30 },
        },
        contacts: [{ point: 'pelvis', on: 'chair' }, { point: 'handR', on: 'chair' }, ...feet('R')],
      },
    ],
  },

  // Lying on the left side facing the viewer: the top leg's foot stands in front of the bottom knee.
  'copenhagen-side-lying-adduction': {
    view: 'front',
    props: [{ kind: 'mat', from: -1.0, to: 1.0 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: { ...LEFT_SIDE_LYING, left: { shoulderFlex: 170, elbow: 20 }, right: TOP_FOOT_DOWN },
        contacts: [
          { point: 'hipL', on: 'floor' },
          { point: 'shoulderL', on: 'floor' },
          { point: 'heelR', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          ...LEFT_SIDE_LYING,
          left: { hipOut: -25, shoulderFlex: 170, elbow: 20 },
          right: TOP_FOOT_DOWN,
        },
        contacts: [
          { point: 'hipL', on: 'floor' },
          { point: 'shoulderL', on: 'floor' },
          { point: 'heelR', on: 'floor' },
        ],
      },
    ],
  },

  // On the right side, propped on the right forearm; the top (left) knee rests on the bench.
  'copenhagen-short-lever': {
    view: 'front',
    layout: 'sequence',
    props: [
      { kind: 'mat', from: -0.9, to: 1.0 },
      { kind: 'bench', x: 0.3 },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          ...RIGHT_SIDE_LYING,
          roll: -3,
          trunkSideBend: 31,
          left: { knee: 90, hipOut: 44 },
          right: { shoulderOut: 92, elbow: 90 },
          anchor: { point: 'kneeL', x: 0.5 },
        },
        contacts: [
          { point: 'hipR', on: 'floor' },
          { point: 'elbowR', on: 'floor' },
          { point: 'kneeL', on: 'bench' },
        ],
      },
      {
        name: 'Hips lifted',
        pose: {
          ...RIGHT_SIDE_LYING,
          roll: -6,
          left: { knee: 90 },
          right: { shoulderOut: 90, elbow: 90 },
          anchor: { point: 'kneeL', x: 0.5 },
        },
        contacts: [
          { point: 'elbowR', on: 'floor' },
          { point: 'kneeL', on: 'bench' },
        ],
      },
    ],
  },

  // As the short lever, with the top leg straight and the ankle on the bench.
  'copenhagen-long-lever': {
    view: 'front',
    layout: 'sequence',
    props: [
      { kind: 'mat', from: -0.9, to: 1.2 },
      { kind: 'bench', x: 0.6 },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          ...RIGHT_SIDE_LYING,
          roll: -11,
          trunkSideBend: 33,
          left: { hipOut: 31 },
          right: { shoulderOut: 46, elbow: 90, hipOut: -9 },
          anchor: { point: 'ankleL', x: 0.9 },
        },
        contacts: [
          { point: 'hipR', on: 'floor' },
          { point: 'elbowR', on: 'floor' },
          { point: 'ankleL', on: 'bench' },
        ],
      },
      {
        name: 'Hips lifted',
        pose: {
          ...RIGHT_SIDE_LYING,
          roll: -6,
          left: { hipOut: 2 },
          right: { shoulderOut: 93, elbow: 90, hipOut: -2 },
          anchor: { point: 'ankleL', x: 0.9 },
        },
        contacts: [
          { point: 'elbowR', on: 'floor' },
          { point: 'ankleL', on: 'bench' },
        ],
      },
    ],
  },

  'isometric-hip-abduction-supine': {
    view: 'side',
    tilt: 50,
    props: [
      { kind: 'mat', from: -0.7, to: 0.9 },
      { kind: 'band', from: 'kneeL', to: 'kneeR' },
    ],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Hold',
        pose: {
          head: 'right',
          front: 'up',
          left: { ...HOOK_LEG, hipOut: 8 },
          right: { ...HOOK_LEG, hipOut: 8 },
        },
        contacts: [{ point: 'pelvis', on: 'floor' }, ...feet('L'), ...feet('R')],
      },
    ],
    arrows: [
      { push: 'kneeL', toward: 'viewer' },
      { push: 'kneeR', toward: 'away' },
    ],
  },

  // Seen from the front: the bent left knee presses out into the wall at the picture's right.
  'isometric-hip-abduction-standing': {
    view: 'front',
    props: [
      { kind: 'wall', x: 0.29 },
      { kind: 'ball', between: ['kneeL', { x: 0.29, y: 0.5 }] },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Hold',
        pose: {
          head: 'up',
          front: 'viewer',
          left: { hipOut: 15, hipFlex: 10, knee: 70, hipTurnOut: 25, ankleUp: -10 },
          right: { hipOut: -5, knee: 3, footFlat: true },
          anchor: { point: 'ankleR', x: 0 },
        },
        contacts: [...feet('R'), { point: 'kneeL', on: 'wall' }],
      },
    ],
    arrows: [{ push: 'kneeL', toward: 'right', into: true }],
  },

  'isometric-adductor-squeeze': {
    view: 'side',
    tilt: 50,
    props: [
      { kind: 'mat', from: -0.7, to: 0.9 },
      { kind: 'ball', between: ['kneeL', 'kneeR'] },
    ],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Hold',
        pose: {
          head: 'right',
          front: 'up',
          left: { ...HOOK_LEG, hipOut: 3 },
          right: { ...HOOK_LEG, hipOut: 3 },
        },
        contacts: [{ point: 'pelvis', on: 'floor' }, ...feet('L'), ...feet('R')],
      },
    ],
    // Both knees squeeze in against the ball.
    arrows: [
      { push: 'kneeL', toward: 'away', into: true },
      { push: 'kneeR', toward: 'viewer', into: true },
    ],
  },

  // One held pose: hips a little off the mat, weight through the far-away heels.
  'isometric-long-lever-bridge-hold': {
    view: 'side',
    props: [{ kind: 'mat', from: -0.8, to: 0.95 }],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Hold',
        pose: {
          head: 'left',
          front: 'up',
          pitch: -12,
          neckFlex: 30,
          left: { hipFlex: -5, knee: 30, ankleUp: 5, shoulderFlex: -14 },
          right: { hipFlex: -5, knee: 30, ankleUp: 5, shoulderFlex: -14 },
          anchor: { point: 'heelL', x: 0.8 },
        },
        contacts: [
          { point: 'shoulderL', on: 'floor' },
          { point: 'heelL', on: 'floor' },
        ],
      },
    ],
    arrows: [{ push: 'pelvis', toward: 'up' }],
  },

  'isometric-hip-flexion-hold': {
    view: 'side',
    props: [{ kind: 'chair', x: -0.15, facing: 'left' }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Hold',
        pose: {
          ...SIDE,
          left: { ...SEATED_LEG, shoulderFlex: 8, elbow: 67 },
          right: { ...SEATED_LEG, shoulderFlex: 8, elbow: 67 },
        },
        contacts: [{ point: 'pelvis', on: 'chair' }, ...feet('L'), ...feet('R')],
      },
    ],
    arrows: [{ push: 'kneeL', toward: 'up' }],
  },

  'single-leg-stance': {
    view: 'side',
    props: [{ kind: 'wall', x: -0.56 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: { ...BOTH_FEET, right: { footFlat: true, shoulderFlex: 60 } },
        contacts: [...feet('L'), ...feet('R'), { point: 'handR', on: 'wall' }],
      },
      {
        name: 'Hold',
        pose: { ...ON_LEFT, right: { ...FREE_R, shoulderFlex: 60 } },
        contacts: [...feet('L'), { point: 'handR', on: 'wall' }],
      },
    ],
  },

  // Closed eyes cannot be drawn: the wall stays within reach, the hands off it.
  'single-leg-stance-eyes-closed': {
    view: 'side',
    props: [{ kind: 'wall', x: -0.5 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: BOTH_FEET,
        contacts: [...feet('L'), ...feet('R')],
      },
      {
        name: 'Hold',
        pose: {
          ...ON_LEFT,
          left: { ...STANCE_L, shoulderFlex: 10 },
          right: { ...FREE_R, shoulderFlex: 15 },
        },
        contacts: feet('L'),
      },
    ],
  },

  'single-leg-stance-cushion': {
    view: 'side',
    props: [
      { kind: 'cushion', x: -0.22, height: 0.07 },
      { kind: 'wall', x: -0.6 },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: { ...BOTH_FEET, lowest: 0.07 },
        contacts: [...feet('L', 'cushion'), ...feet('R', 'cushion')],
      },
      {
        name: 'Hold',
        pose: {
          ...ON_LEFT,
          left: { ...STANCE_L, hipFlex: 6, knee: 12, shoulderFlex: 25, shoulderOut: 25 },
          right: { ...FREE_R, shoulderFlex: 25, shoulderOut: 25 },
          lowest: 0.07,
        },
        contacts: feet('L', 'cushion'),
      },
    ],
  },

  // Forward and backward taps; the sideways tap would point at the viewer and cannot show.
  'single-leg-stance-reach': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          ...SIDE,
          left: { hipFlex: 10, knee: 15, footFlat: true },
          right: { hipFlex: 15, knee: 50, ankleUp: -10 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: feet('L'),
      },
      {
        name: 'Tap forwards',
        pose: {
          ...SIDE,
          pitch: 20,
          left: { hipFlex: 60, knee: 65, footFlat: true, shoulderFlex: 30 },
          right: { hipFlex: 55, knee: 5, ankleUp: 5, shoulderFlex: 30 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [...feet('L'), { point: 'heelR', on: 'floor' }],
      },
      {
        name: 'Tap behind',
        pose: {
          ...SIDE,
          pitch: 35,
          left: { hipFlex: 65, knee: 45, footFlat: true, shoulderFlex: 45 },
          right: { hipFlex: 0, knee: 10, ankleUp: -20, shoulderFlex: 45 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [...feet('L'), { point: 'toesR', on: 'floor' }],
      },
    ],
  },

  // The right hand rests on the back of a chair in front; the mirror cannot be drawn.
  'single-leg-squat-mirror': {
    view: 'side',
    layout: 'sequence',
    props: [{ kind: 'chair', x: -0.8, facing: 'left' }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: { ...ON_LEFT, right: { ...FREE_R, shoulderFlex: 28, elbow: 32 } },
        contacts: feet('L'),
      },
      {
        name: 'End',
        pose: {
          ...SIDE,
          pitch: 25,
          left: { hipFlex: 60, knee: 60, footFlat: true },
          right: { hipFlex: 20, knee: 90, ankleUp: -35, shoulderFlex: 21, elbow: 102 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: feet('L'),
      },
    ],
  },

  'bird-dog': {
    view: 'side',
    props: [{ kind: 'mat', from: -0.9, to: 0.75 }],
    highlight: ['legL', 'armR'],
    poses: [
      {
        name: 'Start',
        pose: { ...QUADRUPED, left: { ...KNEEL, ...HAND_DOWN }, right: { ...KNEEL, ...HAND_DOWN } },
        contacts: [
          { point: 'kneeL', on: 'floor' },
          { point: 'kneeR', on: 'floor' },
          { point: 'handL', on: 'floor' },
          { point: 'handR', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          ...QUADRUPED,
          left: { hipFlex: -18, ankleUp: -30, ...HAND_DOWN },
          right: { ...KNEEL, shoulderFlex: 162 },
        },
        contacts: [
          { point: 'kneeR', on: 'floor' },
          { point: 'handL', on: 'floor' },
        ],
      },
    ],
    arrows: [{ follow: 'ankleL' }, { follow: 'handR' }],
  },

  'dead-bug': {
    view: 'side',
    props: [{ kind: 'mat', from: -0.95, to: 0.95 }],
    highlight: ['legL', 'armR'],
    poses: [
      {
        name: 'Start',
        pose: { ...SUPINE, left: TABLETOP, right: TABLETOP },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'shoulderL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          ...SUPINE,
          left: { hipFlex: 30, knee: 15, ankleUp: 5, shoulderFlex: 90 },
          right: { ...TABLETOP, shoulderFlex: 170 },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'shoulderL', on: 'floor' },
        ],
      },
    ],
    arrows: [{ follow: 'heelL' }, { follow: 'handR' }],
  },

  // Hands on the hip bones; the mirror cannot be drawn.
  'pelvic-level-mirror-walk': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Left foot lands',
        pose: {
          ...SIDE,
          left: { ...HEEL_DOWN, ...HANDS_ON_HIPS },
          right: { ...TOES_BEHIND, ...HANDS_ON_HIPS },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
      {
        name: 'Standing on the left',
        pose: {
          ...SIDE,
          left: { hipFlex: 0, knee: 5, footFlat: true, ...HANDS_ON_HIPS },
          right: { hipFlex: 30, knee: 65, ankleUp: 5, ...HANDS_ON_HIPS },
        },
        contacts: feet('L'),
      },
      {
        name: 'Right foot lands',
        pose: {
          ...SIDE,
          left: { ...TOES_BEHIND, ...HANDS_ON_HIPS },
          right: { ...HEEL_DOWN, ...HANDS_ON_HIPS },
        },
        contacts: [
          { point: 'heelR', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
    ],
  },
};
