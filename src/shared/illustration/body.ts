/**
 * The figure's body: an adult of 1.70 m with common proportions, posed by forward
 * kinematics from a `PoseSpec`. Each part is a rounded solid (a capsule or a rounded slab),
 * so the drawing shows a body rather than sticks and contacts can be checked against the floor.
 */
import type { BodyPoint, Direction, LegAngles, ArmAngles, Limb, PoseSpec } from './pose';
import {
  aboutX,
  aboutY,
  aboutZ,
  add,
  apply,
  compose,
  cross,
  scale,
  sub,
  type Rotation,
  type Vec3,
} from './vectors';

/** Lengths and thicknesses in metres (segment proportions after Drillis and Contini). */
export const PROPORTIONS = {
  hipHalfWidth: 0.09,
  trunk: 0.47,
  shoulderHalfWidth: 0.18,
  neck: 0.16,
  headRadius: 0.105,
  neckRadius: 0.05,
  trunkRadius: 0.1,
  thigh: 0.42,
  thighRadius: 0.072,
  shank: 0.42,
  shankRadius: 0.052,
  upperArm: 0.3,
  upperArmRadius: 0.042,
  forearm: 0.25,
  forearmRadius: 0.036,
  handRadius: 0.045,
  footRadius: 0.034,
  /** The sole below the ankle, the heel behind it and the toes in front. */
  soleDrop: 0.046,
  heelBack: 0.045,
  toesForward: 0.17,
} as const;

const P = PROPORTIONS;

/** One solid part of the drawn body: a capsule along `points`, or a disc when one point. */
export interface BodyPiece {
  name: string;
  limb: Limb | 'head';
  points: Vec3[];
  radius: number;
}

export interface PosedBody {
  points: Record<BodyPoint, Vec3>;
  /** How thick the body is at each point, for contacts with the floor and props. */
  radii: Record<BodyPoint, number>;
  pieces: BodyPiece[];
  /** Where the nose points, so the face shows which way the figure looks. */
  facing: Vec3;
  /** Ankle angles worked out for `footFlat`, for the joint-range check. */
  ankleUp: { left: number; right: number };
}

/** The picture's directions in world axes. */
export const DIRECTIONS: Record<Direction, Vec3> = {
  left: [-1, 0, 0],
  right: [1, 0, 0],
  up: [0, 1, 0],
  down: [0, -1, 0],
  viewer: [0, 0, 1],
  away: [0, 0, -1],
};

/** The pelvis frame: local x is the body's left, y its head end, z its front. */
function pelvisFrame(spec: PoseSpec): Rotation {
  const head = DIRECTIONS[spec.head];
  const front = DIRECTIONS[spec.front];
  if (Math.abs(head[0] * front[0] + head[1] * front[1] + head[2] * front[2]) > 0.01)
    throw new Error(`A pose cannot face ${spec.front} with its head ${spec.head}`);
  const base: Rotation = [cross(head, front), head, front];
  return compose(base, aboutX(spec.pitch ?? 0), aboutZ(spec.roll ?? 0), aboutY(spec.turn ?? 0));
}

type Side = 'L' | 'R';
/** The right side is the left side's mirror: sideways angles and offsets change sign. */
const sign = (side: Side) => (side === 'L' ? 1 : -1);

function leg(pelvis: Rotation, hip: Vec3, angles: LegAngles, side: Side) {
  const s = sign(side);
  const thigh = compose(
    pelvis,
    aboutX(-(angles.hipFlex ?? 0)),
    aboutZ(s * (angles.hipOut ?? 0)),
    aboutY(s * (angles.hipTurnOut ?? 0)),
  );
  const knee = add(hip, apply(thigh, [0, -P.thigh, 0]));
  const shank = compose(thigh, aboutX(angles.knee ?? 0));
  const ankle = add(knee, apply(shank, [0, -P.shank, 0]));
  const ankleUp = angles.footFlat ? flatAnkle(shank) : (angles.ankleUp ?? 0);
  const foot = compose(shank, aboutX(-ankleUp));
  const heel = add(ankle, apply(foot, [0, -P.soleDrop, -P.heelBack]));
  const toes = add(ankle, apply(foot, [0, -P.soleDrop, P.toesForward]));
  return { knee, ankle, heel, toes, ankleUp };
}

/** The ankle angle that lays the sole level, sole down. */
function flatAnkle(shank: Rotation): number {
  // The foot turns by b = -ankleUp about the shank's x axis. Its long axis,
  // cos(b)·shank z - sin(b)·shank y, is level when tan(b) = Zy / Yy. Of the two answers,
  // atan2's is the one whose own up axis, cos(b)·shank y + sin(b)·shank z, points up (its
  // height is then the length of (Yy, Zy)), so the sole is down.
  const b = Math.atan2(shank[2][1], shank[1][1]);
  const degrees = (-b * 180) / Math.PI;
  return ((degrees + 540) % 360) - 180;
}

function arm(chest: Rotation, shoulder: Vec3, angles: ArmAngles, side: Side) {
  const s = sign(side);
  const upper = compose(
    chest,
    aboutX(-(angles.shoulderFlex ?? 0)),
    aboutZ(s * (angles.shoulderOut ?? 0)),
  );
  const elbow = add(shoulder, apply(upper, [0, -P.upperArm, 0]));
  const fore = compose(upper, aboutX(-(angles.elbow ?? 0)));
  const wrist = add(elbow, apply(fore, [0, -P.forearm, 0]));
  const hand = add(wrist, apply(fore, [0, -0.05, 0]));
  return { elbow, wrist, hand };
}

/** Every point of the body for this pose, with the middle of the pelvis at the origin. */
function posedAtOrigin(spec: PoseSpec): PosedBody {
  const pelvis = pelvisFrame(spec);
  const origin: Vec3 = [0, 0, 0];
  const chest = compose(
    pelvis,
    aboutX(spec.trunkFlex ?? 0),
    aboutZ(-(spec.trunkSideBend ?? 0)),
    aboutY(spec.trunkTurn ?? 0),
  );
  const headFrame = compose(chest, aboutX(spec.neckFlex ?? 0));
  const neck = apply(chest, [0, P.trunk, 0]);
  const head = add(neck, apply(headFrame, [0, P.neck, 0.01]));
  const chestPoint = apply(chest, [0, P.trunk * 0.7, 0]);
  const hipL = apply(pelvis, [P.hipHalfWidth, 0, 0]);
  const hipR = apply(pelvis, [-P.hipHalfWidth, 0, 0]);
  const shoulderL = apply(chest, [P.shoulderHalfWidth, P.trunk - 0.03, 0]);
  const shoulderR = apply(chest, [-P.shoulderHalfWidth, P.trunk - 0.03, 0]);
  const legL = leg(pelvis, hipL, spec.left ?? {}, 'L');
  const legR = leg(pelvis, hipR, spec.right ?? {}, 'R');
  const armL = arm(chest, shoulderL, spec.left ?? {}, 'L');
  const armR = arm(chest, shoulderR, spec.right ?? {}, 'R');

  const points: Record<BodyPoint, Vec3> = {
    head,
    neck,
    chest: chestPoint,
    pelvis: origin,
    shoulderL,
    shoulderR,
    elbowL: armL.elbow,
    elbowR: armR.elbow,
    handL: armL.hand,
    handR: armR.hand,
    hipL,
    hipR,
    kneeL: legL.knee,
    kneeR: legR.knee,
    ankleL: legL.ankle,
    ankleR: legR.ankle,
    heelL: legL.heel,
    heelR: legR.heel,
    toesL: legL.toes,
    toesR: legR.toes,
  };
  const radii: Record<BodyPoint, number> = {
    head: P.headRadius,
    neck: P.neckRadius,
    chest: P.trunkRadius,
    pelvis: P.trunkRadius,
    shoulderL: P.trunkRadius,
    shoulderR: P.trunkRadius,
    elbowL: P.upperArmRadius,
    elbowR: P.upperArmRadius,
    handL: P.handRadius,
    handR: P.handRadius,
    hipL: P.thighRadius,
    hipR: P.thighRadius,
    kneeL: P.shankRadius,
    kneeR: P.shankRadius,
    ankleL: P.shankRadius,
    ankleR: P.shankRadius,
    heelL: P.footRadius,
    heelR: P.footRadius,
    toesL: P.footRadius,
    toesR: P.footRadius,
  };
  // The trunk is a slab through four corners, rounded by its own thickness: wide seen from
  // the front, a rounded bar seen from the side.
  const trunkCorners: Vec3[] = [
    apply(chest, [0.12, P.trunk - 0.04, 0]),
    apply(chest, [-0.12, P.trunk - 0.04, 0]),
    apply(pelvis, [-0.075, -0.02, 0]),
    apply(pelvis, [0.075, -0.02, 0]),
  ];
  const pieces: BodyPiece[] = [
    { name: 'trunk', limb: 'trunk', points: trunkCorners, radius: P.trunkRadius },
    { name: 'neck', limb: 'head', points: [neck, head], radius: P.neckRadius },
    { name: 'head', limb: 'head', points: [head], radius: P.headRadius },
  ];
  for (const [side, legPoints, armPoints, hip, shoulder] of [
    ['L', legL, armL, hipL, shoulderL],
    ['R', legR, armR, hipR, shoulderR],
  ] as const) {
    const legLimb: Limb = side === 'L' ? 'legL' : 'legR';
    const armLimb: Limb = side === 'L' ? 'armL' : 'armR';
    pieces.push(
      { name: `thigh${side}`, limb: legLimb, points: [hip, legPoints.knee], radius: P.thighRadius },
      {
        name: `shank${side}`,
        limb: legLimb,
        points: [legPoints.knee, legPoints.ankle],
        radius: P.shankRadius,
      },
      {
        name: `foot${side}`,
        limb: legLimb,
        points: [legPoints.heel, legPoints.toes],
        radius: P.footRadius,
      },
      {
        name: `upperArm${side}`,
        limb: armLimb,
        points: [shoulder, armPoints.elbow],
        radius: P.upperArmRadius,
      },
      {
        name: `forearm${side}`,
        limb: armLimb,
        points: [armPoints.elbow, armPoints.wrist],
        radius: P.forearmRadius,
      },
      { name: `hand${side}`, limb: armLimb, points: [armPoints.hand], radius: P.handRadius },
    );
  }
  return {
    points,
    radii,
    pieces,
    facing: apply(headFrame, [0, 0, 1]),
    ankleUp: { left: legL.ankleUp, right: legR.ankleUp },
  };
}

/** Moves every point of a posed body by the same offset. */
function moved(body: PosedBody, by: Vec3): PosedBody {
  const shift = (p: Vec3) => add(p, by);
  const points = Object.fromEntries(
    Object.entries(body.points).map(([name, p]) => [name, shift(p)]),
  ) as Record<BodyPoint, Vec3>;
  return {
    ...body,
    points,
    pieces: body.pieces.map((piece) => ({ ...piece, points: piece.points.map(shift) })),
  };
}

/** The body part reaching lowest, and how low its surface (not its centre line) is. */
export function lowestPart(body: PosedBody): { name: string; height: number } {
  let lowest = { name: '', height: Infinity };
  for (const piece of body.pieces)
    for (const point of piece.points)
      if (point[1] - piece.radius < lowest.height)
        lowest = { name: piece.name, height: point[1] - piece.radius };
  return lowest;
}

/** The pose placed in the world: its lowest part at `lowest`, its anchor where it says. */
export function posedBody(spec: PoseSpec): PosedBody {
  const body = posedAtOrigin(spec);
  const anchor = spec.anchor ?? { point: 'pelvis' as const, x: 0, z: 0 };
  const at = body.points[anchor.point];
  const rise = (spec.lowest ?? 0) - lowestPart(body).height;
  return moved(body, sub([anchor.x, rise + at[1], anchor.z ?? 0], scale(at, 1)));
}
