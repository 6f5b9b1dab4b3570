/**
 * A pose as a physio would describe it: where the body faces and the angle at each joint, in
 * degrees from standing tall with the arms by the sides. Every field is optional; a joint
 * left out stays in that standing position.
 */

/** Directions in the picture: left and right, up and down, toward or away from the viewer. */
export type Direction = 'left' | 'right' | 'up' | 'down' | 'viewer' | 'away';

export interface LegAngles {
  /** Thigh forward (negative: behind the body). */
  hipFlex?: number;
  /** Thigh out to the side (negative: across the midline). */
  hipOut?: number;
  /** Knee turned out (external rotation; negative: turned in). */
  hipTurnOut?: number;
  /** Knee bend: 0 is straight, and it never bends the other way. */
  knee?: number;
  /** Toes up toward the shin (negative: pointed). */
  ankleUp?: number;
  /** Sets the ankle so the sole lies flat, level with the floor (overrides `ankleUp`). */
  footFlat?: boolean;
}

export interface ArmAngles {
  /** Arm forward and up (180: straight overhead; negative: behind). */
  shoulderFlex?: number;
  /** Arm out to the side. */
  shoulderOut?: number;
  /** Elbow bend: 0 is straight. */
  elbow?: number;
}

export interface PoseSpec {
  /** Where the top of the head points when the trunk is straight. */
  head: Direction;
  /** Where the front of the body (chest, face) points. */
  front: Direction;
  /**
   * The pelvis tipped from that base, in degrees: `pitch` turns the head toward the front
   * (a forward tilt of the whole body), `roll` toward the body's right, `turn` the front
   * toward the body's left.
   */
  pitch?: number;
  roll?: number;
  turn?: number;
  /** Trunk on the pelvis: bending forward, bending toward the left side, turning to the left. */
  trunkFlex?: number;
  trunkSideBend?: number;
  trunkTurn?: number;
  /** Chin toward the chest (negative: looking up). */
  neckFlex?: number;
  left?: LegAngles & ArmAngles;
  right?: LegAngles & ArmAngles;
  /**
   * Where the figure stands in the picture: this body point is put at x (metres; and z, toward
   * the viewer). Without it the middle of the pelvis is put at x = 0.
   */
  anchor?: { point: BodyPoint; x: number; z?: number };
  /**
   * Height of the lowest part of the body (metres). 0 stands or lies on the floor; a step's
   * height stands on the step. Airborne poses say how high they are in the air.
   */
  lowest?: number;
}

/** The named points of the body, on each side where there are two. */
export const BODY_POINTS = [
  'head',
  'neck',
  'chest',
  'pelvis',
  'shoulderL',
  'shoulderR',
  'elbowL',
  'elbowR',
  'handL',
  'handR',
  'hipL',
  'hipR',
  'kneeL',
  'kneeR',
  'ankleL',
  'ankleR',
  'heelL',
  'heelR',
  'toesL',
  'toesR',
] as const;
export type BodyPoint = (typeof BODY_POINTS)[number];

/** The body's limbs, for highlighting the side that works. */
export type Limb = 'legL' | 'legR' | 'armL' | 'armR' | 'trunk';

/**
 * Joint ranges a healthy adult reaches, in the same degrees as the pose. A pose outside them
 * is a drawing a patient might copy and hurt themselves with.
 */
export const JOINT_LIMITS = {
  hipFlex: [-30, 135],
  hipOut: [-30, 60],
  hipTurnOut: [-40, 60],
  knee: [0, 155],
  ankleUp: [-50, 35],
  shoulderFlex: [-60, 180],
  shoulderOut: [-20, 180],
  elbow: [0, 150],
  trunkFlex: [-30, 95],
  trunkSideBend: [-35, 35],
  trunkTurn: [-50, 50],
  neckFlex: [-45, 60],
} as const satisfies Record<string, readonly [number, number]>;
export type LimitedJoint = keyof typeof JOINT_LIMITS;
