import type { Illustration } from '../illustration';
import type { ArmAngles } from '../pose';

/** Hands resting on the waist, elbows out. */
const HANDS_ON_WAIST: ArmAngles = { shoulderFlex: -40, shoulderOut: 45, elbow: 120 };
/** Arms folded across the chest. */
const ARMS_CROSSED: ArmAngles = { shoulderFlex: 0, elbow: 150 };
/** Lying on the back, hands resting on the bony points at the front of the hips. */
const HANDS_ON_HIPS_LYING: ArmAngles = { shoulderFlex: -16, shoulderOut: 50, elbow: 50 };

export const STANDING_STRENGTH_ILLUSTRATIONS: Record<string, Illustration> = {
  // Seen from the front: standing on the left leg at the step's edge, the right side of the
  // pelvis lifts from level so the hanging right foot rises (the arrow on the free thigh).
  'hip-hitch': {
    view: 'front',
    props: [
      { kind: 'step', x: 0.05 },
      { kind: 'wall', x: 0.655 },
    ],
    highlight: ['legL'],
    arrows: [{ push: 'kneeR', toward: 'up' }],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'viewer',
          left: { hipOut: -4, shoulderOut: 40, elbow: 20 },
          anchor: { point: 'ankleL', x: 0.1 },
          lowest: 0.2,
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
          { point: 'handL', on: 'wall' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'viewer',
          roll: -15,
          trunkSideBend: -15,
          left: { hipOut: 11, shoulderOut: 40, elbow: 20 },
          right: { hipOut: -15 },
          anchor: { point: 'ankleL', x: 0.1 },
          lowest: 0.2,
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
          { point: 'handL', on: 'wall' },
        ],
      },
    ],
  },
  squat: {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { shoulderFlex: 90 },
          right: { shoulderFlex: 90 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 35,
          trunkFlex: 5,
          left: { hipFlex: 120, knee: 115, footFlat: true, shoulderFlex: 125 },
          right: { hipFlex: 120, knee: 115, footFlat: true, shoulderFlex: 125 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
    ],
  },
  // Seated near the front of the chair, leaning forwards (nose over toes), then standing tall.
  'sit-to-stand': {
    view: 'side',
    layout: 'sequence',
    props: [{ kind: 'chair', x: 0, facing: 'left' }],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { hipFlex: 75, knee: 95, footFlat: true, ...ARMS_CROSSED },
          right: { hipFlex: 75, knee: 95, footFlat: true, ...ARMS_CROSSED },
          anchor: { point: 'pelvis', x: 0.12 },
        },
        contacts: [
          { point: 'pelvis', on: 'chair' },
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'Lean forwards',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 45,
          left: { hipFlex: 120, knee: 95, footFlat: true, ...ARMS_CROSSED },
          right: { hipFlex: 120, knee: 95, footFlat: true, ...ARMS_CROSSED },
          anchor: { point: 'pelvis', x: 0.12 },
        },
        contacts: [
          { point: 'pelvis', on: 'chair' },
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          left: ARMS_CROSSED,
          right: ARMS_CROSSED,
          anchor: { point: 'ankleL', x: -0.142 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
    ],
  },
  // The feet stay put and the body drops straight down until the back knee is near the floor.
  'split-squat': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { hipFlex: 30, knee: 10, footFlat: true },
          right: { hipFlex: -30, knee: 21, ankleUp: -25 },
          anchor: { point: 'ankleL', x: -0.4 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          left: { hipFlex: 85, knee: 85, footFlat: true },
          right: { hipFlex: -10, knee: 92, ankleUp: 30 },
          anchor: { point: 'ankleL', x: -0.4 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
    ],
  },
  'step-up': {
    view: 'side',
    layout: 'sequence',
    props: [{ kind: 'step', x: -0.5 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { hipFlex: 60, knee: 74, footFlat: true },
          right: { hipFlex: -10, footFlat: true },
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          anchor: { point: 'ankleL', x: -0.262 },
          lowest: 0.2,
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
          { point: 'heelR', on: 'step' },
          { point: 'toesR', on: 'step' },
        ],
      },
    ],
  },
  // Seen from the front, the step beside the working leg; the free foot ends hovering beside it.
  'lateral-step-up': {
    view: 'front',
    layout: 'sequence',
    props: [{ kind: 'step', x: 0.2 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'viewer',
          left: { hipFlex: 42, hipOut: 25, knee: 70, footFlat: true },
          right: { hipOut: 5, footFlat: true },
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'viewer',
          left: { hipOut: -5 },
          right: { hipOut: 8, knee: 10 },
          anchor: { point: 'ankleL', x: 0.328 },
          lowest: 0.2,
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
        ],
      },
    ],
  },
  // Running arms: the arm opposite the driving knee swings forwards.
  'step-up-knee-drive': {
    view: 'side',
    layout: 'sequence',
    props: [{ kind: 'step', x: -0.5 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { hipFlex: 60, knee: 74, footFlat: true, shoulderFlex: -30, elbow: 90 },
          right: { hipFlex: -10, footFlat: true, shoulderFlex: 30, elbow: 90 },
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          left: { shoulderFlex: 30, elbow: 100 },
          right: { hipFlex: 90, knee: 90, ankleUp: 10, shoulderFlex: -35, elbow: 90 },
          anchor: { point: 'ankleL', x: -0.262 },
          lowest: 0.2,
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
        ],
      },
    ],
  },
  // Seen from the front: the standing knee bends until the free heel touches the floor beside
  // the step, knee over the foot and hips level.
  'lateral-step-down-low': {
    view: 'front',
    layout: 'sequence',
    props: [{ kind: 'step', x: 0.05, height: 0.1 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'viewer',
          left: { hipOut: -5, ...HANDS_ON_WAIST },
          right: HANDS_ON_WAIST,
          anchor: { point: 'ankleL', x: 0.1 },
          lowest: 0.1,
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'viewer',
          pitch: 5,
          left: {
            hipOut: -6,
            hipTurnOut: 5,
            hipFlex: 39,
            knee: 66,
            footFlat: true,
            ...HANDS_ON_WAIST,
          },
          right: { hipOut: 3, hipFlex: 25, ...HANDS_ON_WAIST },
          anchor: { point: 'ankleL', x: 0.1 },
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
          { point: 'heelR', on: 'floor' },
        ],
      },
    ],
  },
  'lateral-step-down': {
    view: 'front',
    layout: 'sequence',
    props: [{ kind: 'step', x: 0.05 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'viewer',
          left: { hipOut: -5, ...HANDS_ON_WAIST },
          right: HANDS_ON_WAIST,
          anchor: { point: 'ankleL', x: 0.1 },
          lowest: 0.2,
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'viewer',
          pitch: 10,
          trunkFlex: 2,
          left: {
            hipOut: -6,
            hipTurnOut: 5,
            hipFlex: 54,
            knee: 79,
            footFlat: true,
            ...HANDS_ON_WAIST,
          },
          right: { hipOut: 3, hipFlex: 15, ...HANDS_ON_WAIST },
          anchor: { point: 'ankleL', x: 0.1 },
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
          { point: 'heelR', on: 'floor' },
        ],
      },
    ],
  },
  // A 15 cm step, so the heel tap in front needs a moderate knee bend.
  'forward-step-down': {
    view: 'side',
    layout: 'sequence',
    props: [{ kind: 'step', x: 0, height: 0.15 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { knee: 0 },
          right: { hipFlex: 10, knee: 5 },
          anchor: { point: 'ankleL', x: 0.15 },
          lowest: 0.15,
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 15,
          trunkFlex: 5,
          left: { hipFlex: 60, knee: 80, footFlat: true, shoulderFlex: 20 },
          right: { hipFlex: 40, knee: 5, ankleUp: 10, shoulderFlex: 20 },
          anchor: { point: 'ankleL', x: 0.15 },
        },
        contacts: [
          { point: 'heelL', on: 'step' },
          { point: 'toesL', on: 'step' },
          { point: 'heelR', on: 'floor' },
        ],
      },
    ],
  },
  // The chair stands in front with its back within reach; the right hand stays on it.
  'single-leg-deadlift-supported': {
    view: 'side',
    props: [{ kind: 'chair', x: -0.905, facing: 'left' }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { knee: 10, footFlat: true },
          right: { hipFlex: -5, knee: 50, shoulderFlex: 36, elbow: 20 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 65,
          left: { hipFlex: 80, knee: 20, footFlat: true, shoulderFlex: 65 },
          right: { shoulderFlex: 48, elbow: 136 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
    ],
  },
  'single-leg-deadlift': {
    view: 'side',
    props: [],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { knee: 10, footFlat: true },
          right: { hipFlex: -5, knee: 50 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 80,
          left: { hipFlex: 95, knee: 20, footFlat: true, shoulderFlex: 80 },
          right: { shoulderFlex: 80 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
    ],
  },
  // The weight in the right hand (the free leg's side) lowers towards the standing shin.
  'single-leg-deadlift-weighted': {
    view: 'side',
    props: [{ kind: 'weight', hand: 'handR' }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { knee: 10, footFlat: true },
          right: { hipFlex: -5, knee: 50 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 80,
          left: { hipFlex: 95, knee: 20, footFlat: true, shoulderFlex: 80 },
          right: { shoulderFlex: 50 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
    ],
  },
  'romanian-deadlift': {
    view: 'side',
    props: [
      { kind: 'weight', hand: 'handL' },
      { kind: 'weight', hand: 'handR' },
    ],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { knee: 10, footFlat: true, shoulderFlex: 15 },
          right: { knee: 10, footFlat: true, shoulderFlex: 15 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 75,
          left: { hipFlex: 95, knee: 20, footFlat: true, shoulderFlex: 60 },
          right: { hipFlex: 95, knee: 20, footFlat: true, shoulderFlex: 60 },
          anchor: { point: 'ankleL', x: 0 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
    ],
  },
  // From the bridge the heels slide away until the legs are nearly straight, hips kept up.
  'hamstring-slider-curl': {
    view: 'side',
    props: [
      { kind: 'mat', from: -0.8, to: 0.95 },
      { kind: 'slider', under: 'heelL' },
      { kind: 'slider', under: 'heelR' },
    ],
    highlight: ['legL', 'legR'],
    arrows: [{ follow: 'toesL' }],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'left',
          front: 'up',
          pitch: -28,
          neckFlex: 35,
          left: { knee: 100, footFlat: true, shoulderFlex: -32 },
          right: { knee: 100, footFlat: true, shoulderFlex: -32 },
          anchor: { point: 'heelL', x: 0.42 },
        },
        contacts: [
          { point: 'shoulderL', on: 'floor' },
          { point: 'heelL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'left',
          front: 'up',
          pitch: -14,
          neckFlex: 20,
          left: { hipFlex: -16, knee: 10, shoulderFlex: -18 },
          right: { hipFlex: -16, knee: 10, shoulderFlex: -18 },
          anchor: { point: 'shoulderL', x: -0.44 },
        },
        contacts: [
          { point: 'shoulderL', on: 'floor' },
          { point: 'heelL', on: 'floor' },
        ],
      },
    ],
  },
  // Head to the right so the lifting left leg is the one nearest the viewer.
  'supine-march': {
    view: 'side',
    props: [{ kind: 'mat', from: -0.75, to: 0.8 }],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'right',
          front: 'up',
          left: { hipFlex: 60, knee: 126, footFlat: true, ...HANDS_ON_HIPS_LYING },
          right: { hipFlex: 60, knee: 126, footFlat: true, ...HANDS_ON_HIPS_LYING },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'shoulderL', on: 'floor' },
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'End',
        pose: {
          head: 'right',
          front: 'up',
          left: { hipFlex: 90, knee: 90, ...HANDS_ON_HIPS_LYING },
          right: { hipFlex: 60, knee: 126, footFlat: true, ...HANDS_ON_HIPS_LYING },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'shoulderL', on: 'floor' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
    ],
  },
};
