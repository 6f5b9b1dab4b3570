import type { Illustration } from '../illustration';

export const MOBILITY_ILLUSTRATIONS: Record<string, Illustration> = {
  // Long stride, right hand on the wall in front; the body moves forward over the bent front knee.
  'standing-hip-flexor-stretch': {
    view: 'side',
    props: [{ kind: 'wall', x: -0.62 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { hipFlex: -30, knee: 6, ankleUp: 18 },
          right: { hipFlex: 26, footFlat: true, shoulderFlex: 67, elbow: 31 },
          anchor: { point: 'ankleR', x: -0.37 },
        },
        contacts: [
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'handR', on: 'wall' },
        ],
      },
      {
        name: 'Stretch',
        pose: {
          head: 'up',
          front: 'left',
          pitch: -6,
          trunkFlex: 4,
          left: { hipFlex: -30, knee: 31, ankleUp: 3 },
          right: { hipFlex: 34, knee: 45, footFlat: true, shoulderFlex: 40, elbow: 81 },
          anchor: { point: 'ankleR', x: -0.37 },
        },
        contacts: [
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'handR', on: 'wall' },
        ],
      },
    ],
    arrows: [{ push: 'pelvis', toward: 'left' }],
  },
  // Half-kneeling, left knee on a folded towel; the hips move forward and the left arm reaches up.
  'kneeling-hip-flexor-stretch': {
    view: 'side',
    props: [
      { kind: 'mat', from: -0.6, to: 0.95 },
      { kind: 'cushion', x: 0.06 },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          left: { hipFlex: 0, knee: 90, ankleUp: -46 },
          right: { hipFlex: 84, knee: 86, footFlat: true },
          anchor: { point: 'kneeL', x: 0.2 },
        },
        contacts: [
          { point: 'kneeL', on: 'cushion' },
          { point: 'toesL', on: 'floor' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
      {
        name: 'Stretch',
        pose: {
          head: 'up',
          front: 'left',
          pitch: -5,
          left: { hipFlex: -20, knee: 75, ankleUp: -46, shoulderFlex: 170 },
          right: { hipFlex: 79, knee: 101, footFlat: true },
          anchor: { point: 'kneeL', x: 0.2 },
        },
        contacts: [
          { point: 'kneeL', on: 'cushion' },
          { point: 'toesL', on: 'floor' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
    ],
    arrows: [{ push: 'pelvis', toward: 'left' }, { follow: 'handL' }],
  },
  // Back shin up the wall, knee on a folded towel; from leaning on the front knee to upright.
  'couch-stretch': {
    view: 'side',
    props: [
      { kind: 'mat', from: -0.65, to: 0.43 },
      { kind: 'wall', x: 0.43 },
      { kind: 'cushion', x: 0.15, width: 0.27 },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 10,
          trunkFlex: 25,
          neckFlex: -10,
          left: { hipFlex: -20, knee: 148, ankleUp: -50, shoulderFlex: 6, elbow: 118 },
          right: { hipFlex: 102, knee: 98, footFlat: true, shoulderFlex: 6, elbow: 118 },
          anchor: { point: 'kneeL', x: 0.3 },
        },
        contacts: [
          { point: 'kneeL', on: 'cushion' },
          { point: 'toesL', on: 'wall' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
      {
        name: 'Stretch',
        pose: {
          head: 'up',
          front: 'left',
          pitch: -5,
          left: { hipFlex: -28, knee: 155, ankleUp: -50 },
          right: { hipFlex: 84, knee: 89, footFlat: true },
          anchor: { point: 'kneeL', x: 0.3 },
        },
        contacts: [
          { point: 'kneeL', on: 'cushion' },
          { point: 'toesL', on: 'wall' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
    ],
    arrows: [{ follow: 'head' }],
  },
  // Lying on the back, left ankle across the right knee; the hands draw the right thigh in.
  'figure-four-stretch': {
    view: 'side',
    tilt: 15,
    props: [{ kind: 'mat', from: -0.75, to: 0.85 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'right',
          front: 'up',
          left: { hipFlex: 104, hipOut: 30, hipTurnOut: 60, knee: 124 },
          right: { hipFlex: 55, knee: 115, footFlat: true },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'shoulderR', on: 'floor' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
      {
        name: 'Stretch',
        pose: {
          head: 'right',
          front: 'up',
          left: {
            hipFlex: 125,
            hipOut: 30,
            hipTurnOut: 60,
            knee: 124,
            shoulderFlex: 4,
            shoulderOut: -20,
            elbow: 55,
          },
          right: { hipFlex: 115, knee: 90, ankleUp: 10, shoulderFlex: -2, elbow: 69 },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'shoulderR', on: 'floor' },
        ],
      },
    ],
  },
  // Left leg folded in front, right leg long behind; from upright on the hands to the chest
  // lowered onto the forearms.
  'pigeon-stretch': {
    view: 'side',
    tilt: 20,
    props: [
      { kind: 'mat', from: -0.95, to: 1.05 },
      // The cushion under the front hip.
      { kind: 'ball', between: ['hipL', { x: 0, y: 0 }] },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 54,
          trunkFlex: -15,
          left: {
            hipFlex: 112,
            hipOut: 16,
            hipTurnOut: 60,
            knee: 148,
            ankleUp: -20,
            shoulderFlex: 55,
          },
          right: { hipFlex: -6, knee: 34, ankleUp: -50, shoulderFlex: 55 },
        },
        contacts: [
          { point: 'kneeL', on: 'floor' },
          { point: 'kneeR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'handL', on: 'floor' },
          { point: 'handR', on: 'floor' },
        ],
      },
      {
        name: 'Stretch',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 54,
          trunkFlex: 25,
          neckFlex: -20,
          left: {
            hipFlex: 112,
            hipOut: 16,
            hipTurnOut: 60,
            knee: 148,
            ankleUp: -20,
            shoulderFlex: 79,
            elbow: 85,
          },
          right: { hipFlex: -6, knee: 34, ankleUp: -50, shoulderFlex: 79, elbow: 85 },
        },
        contacts: [
          { point: 'kneeL', on: 'floor' },
          { point: 'kneeR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'elbowL', on: 'floor' },
          { point: 'handL', on: 'floor' },
        ],
      },
    ],
    arrows: [{ follow: 'head' }],
  },
  // On hands and knees, left leg straight out to the side toward the viewer; the hips rock back.
  'adductor-rocking': {
    view: 'side',
    tilt: 30,
    props: [{ kind: 'mat', from: -0.35, to: 1.05 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'left',
          front: 'down',
          pitch: -20,
          left: { hipFlex: 70, hipOut: 58, footFlat: true, shoulderFlex: 70 },
          right: { hipFlex: 70, knee: 96, ankleUp: -40, shoulderFlex: 70 },
          anchor: { point: 'kneeR', x: 0.3, z: -0.36 },
        },
        contacts: [
          { point: 'kneeR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'handL', on: 'floor' },
          { point: 'handR', on: 'floor' },
        ],
      },
      {
        name: 'Rock back',
        pose: {
          head: 'left',
          front: 'down',
          pitch: -22,
          left: { hipFlex: 93, hipOut: 59, footFlat: true, shoulderFlex: 87 },
          right: { hipFlex: 94, knee: 122, ankleUp: -40, shoulderFlex: 87 },
          anchor: { point: 'kneeR', x: 0.3, z: -0.36 },
        },
        contacts: [
          { point: 'kneeR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'handL', on: 'floor' },
          { point: 'handR', on: 'floor' },
        ],
      },
    ],
    arrows: [{ follow: 'pelvis' }],
  },
  // Long lunge with the left foot in front and both hands inside it; the chest turns to the left
  // and the left arm reaches for the ceiling.
  'worlds-greatest-stretch': {
    view: 'side',
    props: [{ kind: 'mat', from: -0.65, to: 0.95 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 52,
          trunkFlex: 24,
          neckFlex: -20,
          left: { hipFlex: 135, knee: 98, footFlat: true, shoulderFlex: 74, shoulderOut: -15 },
          right: { hipFlex: -12, knee: 5, ankleUp: -26, shoulderFlex: 73, shoulderOut: 2 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'handL', on: 'floor' },
          { point: 'handR', on: 'floor' },
        ],
      },
      {
        name: 'Reach',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 52,
          trunkFlex: 8,
          trunkTurn: 50,
          neckFlex: -30,
          left: { hipFlex: 135, knee: 98, footFlat: true, shoulderFlex: 48, shoulderOut: 138 },
          right: {
            hipFlex: -12,
            knee: 5,
            ankleUp: -26,
            shoulderFlex: 33,
            shoulderOut: 45,
            elbow: 4,
          },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'handR', on: 'floor' },
        ],
      },
    ],
    arrows: [{ follow: 'handL' }],
  },
  // Seen from the front, the wall on the left side: left leg crossed behind the right, left hand
  // on the wall; the hips shift sideways toward the wall.
  'standing-itb-stretch': {
    view: 'front',
    props: [{ kind: 'wall', x: 0.81 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'viewer',
          left: { hipFlex: -9, hipOut: -19, ankleUp: -14, shoulderOut: 80 },
          right: { footFlat: true },
          anchor: { point: 'ankleR', x: -0.09 },
        },
        contacts: [
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'handL', on: 'wall' },
        ],
      },
      {
        name: 'Stretch',
        pose: {
          head: 'up',
          front: 'viewer',
          roll: -6,
          trunkSideBend: -12,
          left: { hipFlex: -9, hipOut: -21, ankleUp: -23, shoulderOut: 75, elbow: 38 },
          right: { hipOut: 1, footFlat: true },
          anchor: { point: 'ankleR', x: -0.09 },
        },
        contacts: [
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'handL', on: 'wall' },
        ],
      },
    ],
    arrows: [{ push: 'pelvis', toward: 'right' }],
  },
  // Seen from the front: sitting back on the hands with the knees up, then both knees lowered to
  // the left (the left leg turned out, the right turned in).
  'hip-90-90-switch': {
    view: 'front',
    tilt: 30,
    layout: 'sequence',
    props: [{ kind: 'mat', from: -0.9, to: 0.9 }],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'viewer',
          pitch: -23,
          left: {
            hipFlex: 124,
            hipOut: 20,
            knee: 123,
            footFlat: true,
            shoulderFlex: -58,
            shoulderOut: 15,
          },
          right: {
            hipFlex: 124,
            hipOut: 20,
            knee: 123,
            footFlat: true,
            shoulderFlex: -58,
            shoulderOut: 15,
          },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'handL', on: 'floor' },
          { point: 'handR', on: 'floor' },
        ],
      },
      {
        name: 'Knees to the left',
        pose: {
          head: 'up',
          front: 'viewer',
          pitch: -7,
          roll: -12,
          trunkSideBend: -12,
          left: {
            hipFlex: 98,
            hipOut: 45,
            hipTurnOut: 60,
            knee: 92,
            ankleUp: -20,
            shoulderFlex: -28,
            shoulderOut: 21,
          },
          right: {
            hipFlex: 33,
            hipOut: 60,
            hipTurnOut: -39,
            knee: 89,
            ankleUp: -20,
            shoulderOut: 28,
          },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'ankleL', on: 'floor' },
          { point: 'kneeR', on: 'floor' },
          { point: 'ankleR', on: 'floor' },
          { point: 'handL', on: 'floor' },
          { point: 'handR', on: 'floor' },
        ],
      },
    ],
  },
  // Lying on the back, head to the right so the left leg is nearest; the straight left leg is
  // raised, the hands reaching up toward the foot as if holding the towel.
  'supine-hamstring-stretch': {
    view: 'side',
    props: [{ kind: 'mat', from: -1.0, to: 0.8 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'right',
          front: 'up',
          left: { hipFlex: -1 },
          right: { hipFlex: -1 },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'shoulderR', on: 'floor' },
          { point: 'heelL', on: 'floor' },
          { point: 'heelR', on: 'floor' },
        ],
      },
      {
        name: 'Stretch',
        pose: {
          head: 'right',
          front: 'up',
          left: { hipFlex: 70, ankleUp: 10, shoulderFlex: 48, elbow: 15 },
          right: { hipFlex: -1, shoulderFlex: 48, elbow: 15 },
        },
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'shoulderR', on: 'floor' },
          { point: 'heelR', on: 'floor' },
        ],
      },
    ],
    arrows: [{ follow: 'toesL' }],
  },
  // Leaning on the wall in a straight line, up on the balls of the feet; the left knee drives up.
  'wall-knee-drive': {
    view: 'side',
    props: [{ kind: 'wall', x: -0.805 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 22,
          left: { ankleUp: -6, shoulderFlex: 112 },
          right: { ankleUp: -6, shoulderFlex: 112 },
        },
        contacts: [
          { point: 'toesL', on: 'floor' },
          { point: 'toesR', on: 'floor' },
          { point: 'handL', on: 'wall' },
          { point: 'handR', on: 'wall' },
        ],
      },
      {
        name: 'Knee drive',
        pose: {
          head: 'up',
          front: 'left',
          pitch: 22,
          left: { hipFlex: 95, knee: 100, ankleUp: 20, shoulderFlex: 112 },
          right: { ankleUp: -6, shoulderFlex: 112 },
        },
        contacts: [
          { point: 'toesR', on: 'floor' },
          { point: 'handL', on: 'wall' },
          { point: 'handR', on: 'wall' },
        ],
      },
    ],
    arrows: [{ follow: 'kneeL' }],
  },
  // Running to the right in short, quick steps, each foot landing just ahead of the hips.
  'cadence-metronome-run': {
    view: 'side',
    layout: 'sequence',
    props: [],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Left foot lands',
        pose: {
          head: 'up',
          front: 'right',
          pitch: 6,
          left: { hipFlex: 25, knee: 22, ankleUp: 3, shoulderFlex: -35, elbow: 85 },
          right: { hipFlex: -18, knee: 85, ankleUp: -25, shoulderFlex: 35, elbow: 85 },
        },
        contacts: [
          { point: 'heelL', on: 'floor' },
          { point: 'toesL', on: 'floor' },
        ],
      },
      {
        name: 'Flight',
        pose: {
          head: 'up',
          front: 'right',
          pitch: 6,
          left: { hipFlex: -10, knee: 40, ankleUp: -20, shoulderFlex: -10, elbow: 85 },
          right: { hipFlex: 35, knee: 70, ankleUp: 5, shoulderFlex: 10, elbow: 85 },
          lowest: 0.06,
        },
        contacts: [],
        airborne: true,
      },
      {
        name: 'Right foot lands',
        pose: {
          head: 'up',
          front: 'right',
          pitch: 6,
          left: { hipFlex: -18, knee: 85, ankleUp: -25, shoulderFlex: 35, elbow: 85 },
          right: { hipFlex: 25, knee: 22, ankleUp: 3, shoulderFlex: -35, elbow: 85 },
        },
        contacts: [
          { point: 'heelR', on: 'floor' },
          { point: 'toesR', on: 'floor' },
        ],
      },
    ],
  },
};
