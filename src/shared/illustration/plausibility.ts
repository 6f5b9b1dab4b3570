/**
 * Checks that a drawn pose is one a body can take: joints within their ranges, the body
 * resting on what the exercise says (the floor, a step, a bench), nothing sunk into the
 * floor, and nothing floating unless the pose is a flight phase. Each problem is a sentence.
 */
import { lowestPart, posedBody, type PosedBody } from './body';
import { add, length, scale, sub, type Vec3 } from './vectors';
import {
  FURNITURE,
  type Illustration,
  type KeyPose,
  type Prop,
  type Support,
} from './illustration';
import { JOINT_LIMITS, type LimitedJoint, type PoseSpec } from './pose';

/** How close a contact must be to its surface, and how far into the floor a part may press. */
export const CONTACT_TOLERANCE = 0.025;

function jointProblems(spec: PoseSpec, ankles: { left: number; right: number }): string[] {
  const problems: string[] = [];
  const check = (where: string, values: Partial<Record<LimitedJoint, number>> | undefined) => {
    for (const [joint, value] of Object.entries(values ?? {})) {
      const limits = JOINT_LIMITS[joint as LimitedJoint] as readonly [number, number] | undefined;
      if (!limits || typeof value !== 'number') continue;
      if (value < limits[0] || value > limits[1])
        problems.push(`${where}${joint} is ${value}°, outside ${limits[0]}° to ${limits[1]}°`);
    }
  };
  check('', {
    trunkFlex: spec.trunkFlex,
    trunkSideBend: spec.trunkSideBend,
    trunkTurn: spec.trunkTurn,
    neckFlex: spec.neckFlex,
  } as Partial<Record<LimitedJoint, number>>);
  // Flat feet are checked at the ankle angle worked out for them.
  check('left ', { ...spec.left, ankleUp: Math.round(ankles.left) });
  check('right ', { ...spec.right, ankleUp: Math.round(ankles.right) });
  return problems;
}

/** The height of a support's top, and the x range it covers (world metres). */
function surfaceOf(support: Support, props: readonly Prop[]) {
  if (support === 'floor') return { height: 0, from: -Infinity, to: Infinity };
  const prop = props.find((p) => p.kind === support);
  if (!prop) return null;
  if (prop.kind === 'wall') return { wall: prop.x };
  if (prop.kind === 'step' || prop.kind === 'bench' || prop.kind === 'cushion') {
    const size = FURNITURE[prop.kind];
    return {
      height: prop.height ?? size.height,
      from: prop.x,
      to: prop.x + (prop.width ?? size.width),
    };
  }
  if (prop.kind === 'chair')
    return { height: FURNITURE.chair.height, from: prop.x, to: prop.x + FURNITURE.chair.width };
  return null;
}

/** How far around a named point its surface is looked for (a shoulder's is the trunk's edge). */
const NEAR = 0.12;

/** Points along every part of the body near `centre`, each with the body's thickness there. */
function surfaceNear(body: PosedBody, centre: Vec3): { at: Vec3; radius: number }[] {
  const samples: { at: Vec3; radius: number }[] = [];
  for (const piece of body.pieces) {
    const ring = piece.points.length > 2 ? [...piece.points, piece.points[0]!] : piece.points;
    if (ring.length === 1) samples.push({ at: ring[0]!, radius: piece.radius });
    for (let i = 1; i < ring.length; i++)
      for (let step = 0; step <= 10; step++) {
        const t = step / 10;
        const at = add(scale(ring[i - 1]!, 1 - t), scale(ring[i]!, t));
        samples.push({ at, radius: piece.radius });
      }
  }
  return samples.filter((sample) => length(sub(sample.at, centre)) <= NEAR);
}

/** Every way this key pose is implausible; empty when it is fine. */
export function poseProblems(key: KeyPose, illustration: Illustration): string[] {
  const body = posedBody(key.pose);
  const problems = jointProblems(key.pose, body.ankleUp);
  const lowest = lowestPart(body).height;
  // The body is set down with its lowest part at `lowest`, so only a negative one sinks it.
  if (lowest < -CONTACT_TOLERANCE)
    problems.push(`part of the body is ${Math.round(-lowest * 100)} cm below the floor`);

  for (const contact of key.contacts) {
    const surface = surfaceOf(contact.on, illustration.props);
    const near = surfaceNear(body, body.points[contact.point]);
    if (!surface) {
      problems.push(`${contact.point} rests on a ${contact.on} that is not drawn`);
      continue;
    }
    if ('wall' in surface) {
      const gap = Math.min(...near.map((n) => Math.abs(n.at[0] - surface.wall!) - n.radius));
      if (Math.abs(gap) > CONTACT_TOLERANCE)
        problems.push(
          `${contact.point} should touch the wall but is ${Math.round(gap * 100)} cm from it`,
        );
      continue;
    }
    const gap = Math.min(...near.map((n) => n.at[1] - n.radius)) - surface.height;
    const point = body.points[contact.point];
    const radius = body.radii[contact.point];
    if (Math.abs(gap) > CONTACT_TOLERANCE)
      problems.push(
        `${contact.point} should rest on the ${contact.on} but is ${Math.round(gap * 100)} cm ${gap > 0 ? 'above' : 'below'} it (lowest part: ${lowestPart(body).name})`,
      );
    if (point[0] < surface.from - radius || point[0] > surface.to + radius)
      problems.push(`${contact.point} is beside the ${contact.on}, not on it`);
  }

  const resting = key.contacts.filter((c) => c.on !== 'wall');
  if (key.airborne) {
    if (key.contacts.length > 0) problems.push('an airborne pose cannot rest on anything');
    if (lowest < 0.03) problems.push('an airborne pose should be off the floor');
  } else if (resting.length === 0) {
    problems.push('the pose rests on nothing: name what bears its weight');
  }
  return problems;
}
