/**
 * The little 3D arithmetic the figure needs: points, directions and rotations. World axes:
 * x to the picture's right, y up (against gravity, the floor is y = 0), z toward the viewer.
 */

export type Vec3 = readonly [number, number, number];
/** A rotation as its three columns: where the local x, y and z axes point in the parent. */
export type Rotation = readonly [Vec3, Vec3, Vec3];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const length = (a: Vec3) => Math.sqrt(dot(a, a));
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const normalise = (a: Vec3): Vec3 => scale(a, 1 / length(a));

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Turning about the local x axis: positive brings +y toward +z. */
export function aboutX(degrees: number): Rotation {
  const c = Math.cos(radians(degrees));
  const s = Math.sin(radians(degrees));
  return [
    [1, 0, 0],
    [0, c, s],
    [0, -s, c],
  ];
}

/** Turning about the local y axis: positive brings +z toward +x. */
export function aboutY(degrees: number): Rotation {
  const c = Math.cos(radians(degrees));
  const s = Math.sin(radians(degrees));
  return [
    [c, 0, -s],
    [0, 1, 0],
    [s, 0, c],
  ];
}

/** Turning about the local z axis: positive brings +x toward +y. */
export function aboutZ(degrees: number): Rotation {
  const c = Math.cos(radians(degrees));
  const s = Math.sin(radians(degrees));
  return [
    [c, s, 0],
    [-s, c, 0],
    [0, 0, 1],
  ];
}

/** A local vector expressed in the parent frame. */
export function apply(r: Rotation, v: Vec3): Vec3 {
  return add(add(scale(r[0], v[0]), scale(r[1], v[1])), scale(r[2], v[2]));
}

/** The frame `child` (given in `parent`'s axes) expressed in world axes. */
export function compose(parent: Rotation, ...children: Rotation[]): Rotation {
  let result = parent;
  for (const child of children)
    result = [apply(result, child[0]), apply(result, child[1]), apply(result, child[2])];
  return result;
}
