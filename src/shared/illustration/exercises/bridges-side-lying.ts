import type { Contact, Illustration } from '../illustration';
import type { ArmAngles, BodyPoint, LegAngles, PoseSpec } from '../pose';

type Limbs = LegAngles & ArmAngles;
const onFloor = (...points: BodyPoint[]): Contact[] =>
  points.map((point) => ({ point, on: 'floor' }));

/** On the back with the arms resting by the sides; `lift` raises the hips into the bridge. */
function onBack(head: 'left' | 'right', left: Limbs, right: Limbs, lift = 0): PoseSpec {
  const arms = { shoulderFlex: lift ? -5 - lift : -5 };
  return {
    head,
    front: 'up',
    ...(lift ? { pitch: -lift, neckFlex: 35 } : {}),
    left: { ...arms, ...left },
    right: { ...arms, ...right },
    anchor: { point: 'heelL', x: head === 'left' ? 0.42 : -0.42 },
  };
}
const KNEES_BENT = { hipFlex: 52, knee: 108, footFlat: true };
const BRIDGED = { hipFlex: 0, knee: 105, footFlat: true };

/** On the right side facing the viewer, head on the outstretched lower arm, left leg on top. */
function onRightSide(left: LegAngles, right: LegAngles = { hipFlex: 45, knee: 90 }): PoseSpec {
  return { head: 'left', front: 'viewer', roll: -4, left, right: { ...right, shoulderFlex: 175 } };
}
const CLAM_CLOSED = { hipFlex: 45, knee: 90, hipOut: 6, hipTurnOut: 20 };
/** The top knee opened, the foot still resting on the lower one. */
const CLAM_OPEN = { hipFlex: 30, knee: 90, hipOut: 26, hipTurnOut: 50 };

/** Propped on the left forearm, elbow under the shoulder, the body tilted up by `roll`. */
function onForearm(roll: number, left: LegAngles, right: LegAngles): PoseSpec {
  return {
    head: 'right',
    front: 'viewer',
    roll,
    left: { ...left, shoulderOut: 90 - roll, elbow: 90 },
    right,
  };
}
const SIDE_PLANK = onForearm(17, {}, { hipOut: -5 });
/** The side plank on the knees with the hips and knees bent, knees in front. */
const KNEES_FORWARD = { hipFlex: 45, knee: 90, ankleUp: -30 };
const PLANK_CLAM = onForearm(
  28,
  { ...KNEES_FORWARD, hipTurnOut: 20 },
  { ...KNEES_FORWARD, hipOut: -4, hipTurnOut: -20 },
);

/** Hips and knees a little bent, as if starting to sit, hands relaxed in front. */
const HALF_SQUAT_LEG = { hipFlex: 35, knee: 50, footFlat: true, shoulderFlex: 25, elbow: 50 };
const HALF_SQUAT: PoseSpec = {
  head: 'up',
  front: 'viewer',
  trunkFlex: 15,
  neckFlex: -15,
  left: HALF_SQUAT_LEG,
  right: HALF_SQUAT_LEG,
  anchor: { point: 'ankleR', x: -0.09 },
};

export const BRIDGE_AND_SIDE_LYING_ILLUSTRATIONS: Record<string, Illustration> = {
  'glute-bridge': {
    view: 'side',
    props: [{ kind: 'mat', from: -0.75, to: 0.75 }],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: onBack('left', KNEES_BENT, KNEES_BENT),
        contacts: onFloor('pelvis', 'heelL', 'toesL'),
      },
      {
        name: 'End',
        pose: onBack('left', BRIDGED, BRIDGED, 28),
        contacts: onFloor('shoulderL', 'heelL'),
      },
    ],
  },
  // Seen a little from above, so the band around both thighs shows.
  'bridge-band-abduction': {
    view: 'side',
    tilt: 35,
    props: [
      { kind: 'mat', from: -0.75, to: 0.75 },
      { kind: 'band', from: 'kneeL', to: 'kneeR' },
    ],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: onBack('left', { ...KNEES_BENT, hipOut: 6 }, { ...KNEES_BENT, hipOut: 6 }),
        contacts: onFloor('pelvis', 'heelL', 'toesL'),
      },
      {
        name: 'End',
        pose: onBack('left', { ...BRIDGED, hipOut: 6 }, { ...BRIDGED, hipOut: 6 }, 28),
        contacts: onFloor('shoulderL', 'heelL'),
      },
    ],
  },
  // The straight right leg is held up with its thigh level with the working one.
  'single-leg-bridge': {
    view: 'side',
    props: [{ kind: 'mat', from: -0.75, to: 0.75 }],
    highlight: ['legL'],
    arrows: [{ follow: 'pelvis' }],
    poses: [
      {
        name: 'Start',
        pose: onBack('right', KNEES_BENT, { hipFlex: 52 }),
        contacts: onFloor('pelvis', 'heelL', 'toesL'),
      },
      {
        name: 'End',
        pose: onBack('right', BRIDGED, { hipFlex: 0 }, 28),
        contacts: onFloor('shoulderL', 'heelL'),
      },
    ],
  },
  'single-leg-bridge-on-step': {
    view: 'side',
    props: [
      { kind: 'mat', from: -0.32, to: 1.08 },
      { kind: 'step', x: -0.57, height: 0.2 },
    ],
    highlight: ['legL'],
    arrows: [{ follow: 'pelvis' }],
    poses: [
      {
        name: 'Start',
        pose: onBack('right', { hipFlex: 53, knee: 75, ankleUp: 10 }, { hipFlex: 90, knee: 90 }),
        contacts: [
          { point: 'pelvis', on: 'floor' },
          { point: 'heelL', on: 'step' },
        ],
      },
      {
        name: 'End',
        pose: onBack('right', { hipFlex: 0, knee: 63, ankleUp: 10 }, { hipFlex: 62, knee: 90 }, 30),
        contacts: [
          { point: 'shoulderL', on: 'floor' },
          { point: 'heelL', on: 'step' },
        ],
      },
    ],
  },
  'quadruped-hip-extension': {
    view: 'side',
    props: [{ kind: 'mat', from: -0.7, to: 0.7 }],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'left',
          front: 'down',
          pitch: -20,
          left: { hipFlex: 70, knee: 95, ankleUp: -50, shoulderFlex: 78, elbow: 10 },
          right: { hipFlex: 70, knee: 95, ankleUp: -50, shoulderFlex: 78, elbow: 10 },
        },
        contacts: onFloor('kneeL', 'handL'),
      },
      {
        name: 'End',
        pose: {
          head: 'left',
          front: 'down',
          pitch: -20,
          left: { hipFlex: 0, knee: 90, shoulderFlex: 78, elbow: 10 },
          right: { hipFlex: 70, knee: 95, ankleUp: -50, shoulderFlex: 78, elbow: 10 },
        },
        contacts: onFloor('kneeR', 'handL'),
      },
    ],
  },
  clamshell: {
    view: 'front',
    tilt: 35,
    props: [
      { kind: 'mat', from: -1.15, to: 0.8 },
      { kind: 'ball', between: ['kneeL', 'kneeR'] },
    ],
    highlight: ['legL'],
    poses: [
      { name: 'Start', pose: onRightSide(CLAM_CLOSED), contacts: onFloor('hipR', 'kneeR') },
      { name: 'End', pose: onRightSide(CLAM_OPEN), contacts: onFloor('hipR', 'kneeR') },
    ],
  },
  'clamshell-band': {
    view: 'front',
    tilt: 35,
    props: [
      { kind: 'mat', from: -1.15, to: 0.8 },
      { kind: 'band', from: 'kneeL', to: 'kneeR' },
    ],
    highlight: ['legL'],
    poses: [
      { name: 'Start', pose: onRightSide(CLAM_CLOSED), contacts: onFloor('hipR', 'kneeR') },
      { name: 'End', pose: onRightSide(CLAM_OPEN), contacts: onFloor('hipR', 'kneeR') },
    ],
  },
  // Both hips work: the lower knee and forearm hold the hips up while the top knee opens.
  'side-plank-clam': {
    view: 'front',
    tilt: 25,
    props: [{ kind: 'mat', from: -0.85, to: 0.7 }],
    highlight: ['legL'],
    arrows: [{ follow: 'kneeR' }, { push: 'pelvis', toward: 'up' }],
    poses: [
      { name: 'Start', pose: PLANK_CLAM, contacts: onFloor('elbowL', 'kneeL') },
      {
        name: 'End',
        pose: { ...PLANK_CLAM, right: { ...KNEES_FORWARD, hipOut: 30, hipTurnOut: 10 } },
        contacts: onFloor('elbowL', 'kneeL'),
      },
    ],
  },
  // The top leg lifts up and a little behind, heel leading; the lower knee is bent for balance.
  'side-lying-hip-abduction': {
    view: 'front',
    tilt: 30,
    props: [{ kind: 'mat', from: -1.15, to: 0.95 }],
    highlight: ['legL'],
    poses: [
      { name: 'Start', pose: onRightSide({}), contacts: onFloor('hipR', 'kneeR') },
      {
        name: 'End',
        pose: onRightSide({ hipFlex: -10, hipOut: 35 }),
        contacts: onFloor('hipR', 'kneeR'),
      },
    ],
  },
  'side-lying-hip-abduction-band': {
    view: 'front',
    tilt: 30,
    props: [
      { kind: 'mat', from: -1.15, to: 0.95 },
      { kind: 'band', from: 'ankleL', to: 'ankleR' },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: onRightSide({ hipOut: -5 }, {}),
        contacts: onFloor('hipR', 'ankleR'),
      },
      {
        name: 'End',
        pose: onRightSide({ hipFlex: -10, hipOut: 30 }, {}),
        contacts: onFloor('hipR', 'ankleR'),
      },
    ],
  },
  // The working (lower) hip holds the plank while the top leg lifts.
  'side-plank-hip-abduction': {
    view: 'front',
    props: [{ kind: 'mat', from: -1.05, to: 0.65 }],
    highlight: ['legL'],
    poses: [
      { name: 'Start', pose: SIDE_PLANK, contacts: onFloor('elbowL', 'ankleL') },
      {
        name: 'End',
        pose: { ...SIDE_PLANK, right: { hipOut: 35 } },
        contacts: onFloor('elbowL', 'ankleL'),
      },
    ],
  },
  // A hold: the one position, with the hips pushed up.
  'side-plank-knees': {
    view: 'front',
    props: [{ kind: 'mat', from: -0.55, to: 0.65 }],
    highlight: ['legL'],
    arrows: [{ push: 'pelvis', toward: 'up' }],
    poses: [
      {
        name: 'Hold',
        pose: onForearm(23, { knee: 90, ankleUp: -40 }, { knee: 90, ankleUp: -40, hipOut: -5 }),
        contacts: onFloor('elbowL', 'kneeL'),
      },
    ],
  },
  'side-plank': {
    view: 'front',
    props: [{ kind: 'mat', from: -1.05, to: 0.65 }],
    highlight: ['legL'],
    arrows: [{ push: 'pelvis', toward: 'up' }],
    poses: [{ name: 'Hold', pose: SIDE_PLANK, contacts: onFloor('elbowL', 'ankleL') }],
  },
  // Seen from the front: the right hand on the chair back, the left leg going out.
  'standing-hip-abduction-band': {
    view: 'front',
    props: [
      { kind: 'chair', x: -0.78, facing: 'left' },
      { kind: 'band', from: 'ankleL', to: 'ankleR' },
    ],
    highlight: ['legL'],
    poses: [
      {
        name: 'Start',
        pose: {
          head: 'up',
          front: 'viewer',
          right: { shoulderOut: 22, elbow: 60 },
          anchor: { point: 'ankleR', x: -0.09 },
        },
        contacts: onFloor('heelR', 'heelL'),
      },
      {
        name: 'End',
        pose: {
          head: 'up',
          front: 'viewer',
          left: { hipOut: 28 },
          right: { shoulderOut: 22, elbow: 60 },
          anchor: { point: 'ankleR', x: -0.09 },
        },
        contacts: onFloor('heelR'),
      },
    ],
  },
  // A three-quarter view, so the half-squat shows while the left foot steps out sideways.
  'banded-lateral-walk': {
    view: 'front',
    props: [{ kind: 'band', from: 'kneeL', to: 'kneeR' }],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: { ...HALF_SQUAT, turn: -35 },
        contacts: onFloor('heelL', 'heelR'),
      },
      {
        name: 'Step',
        pose: { ...HALF_SQUAT, turn: -35, left: { ...HALF_SQUAT_LEG, hipOut: 24 } },
        contacts: onFloor('heelR'),
      },
    ],
  },
  // From the side, walking the way the sequence reads: a half-squat step, the band stretched.
  'banded-monster-walk': {
    view: 'side',
    layout: 'sequence',
    props: [{ kind: 'band', from: 'kneeL', to: 'kneeR' }],
    highlight: ['legL', 'legR'],
    poses: [
      {
        name: 'Start',
        pose: { ...HALF_SQUAT, front: 'right' },
        contacts: onFloor('heelL', 'heelR'),
      },
      {
        name: 'Step',
        pose: {
          ...HALF_SQUAT,
          front: 'right',
          right: { ...HALF_SQUAT_LEG, hipFlex: 30, knee: 35, hipOut: 12 },
          left: { ...HALF_SQUAT_LEG, hipFlex: 20, knee: 55, footFlat: false, ankleUp: 25 },
        },
        contacts: onFloor('heelR', 'toesL'),
      },
    ],
  },
};
