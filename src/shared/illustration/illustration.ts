/**
 * What an exercise's illustration is made of: the view, the props and a few key poses (start,
 * end, sometimes a middle), each with the body points that rest on the floor or a prop. The
 * drawing code and the plausibility checks both read these; nothing here draws.
 */
import type { BodyPoint, Direction, Limb, PoseSpec } from './pose';

/** Which way the viewer looks: at the side of the body, its front, or down from above. */
export type View = 'side' | 'front' | 'top';

export const VIEW_LABELS: Record<View, string> = {
  side: 'seen from the side',
  front: 'seen from the front',
  top: 'seen from above',
};

/** A support a body point can rest on. */
export type Support = 'floor' | 'step' | 'bench' | 'chair' | 'wall' | 'cushion';

/**
 * Things drawn with the figure. Furniture stands where `x` says (metres; the left edge, or
 * the wall's face); small things go with the body points they belong to.
 */
export type Prop =
  | { kind: 'mat'; from: number; to: number }
  | { kind: 'step'; x: number; width?: number; height?: number }
  | { kind: 'bench'; x: number; width?: number; height?: number }
  /** A chair whose sitter faces `facing`; its back is on the other side. */
  | { kind: 'chair'; x: number; facing: 'left' | 'right' }
  | { kind: 'wall'; x: number }
  /** A folded towel or cushion on the floor, under a knee or a foot. */
  | { kind: 'cushion'; x: number; width?: number; height?: number }
  /** A soft ball or cushion held between two body points (the knees), or a point and a wall. */
  | { kind: 'ball'; between: [BodyPoint, BodyPoint | { x: number; y: number }] }
  /** A resistance band, in the prescribed colour, between two body points or to a fixed point. */
  | { kind: 'band'; from: BodyPoint; to: BodyPoint | { x: number; y: number } }
  | { kind: 'weight'; hand: 'handL' | 'handR' }
  | { kind: 'slider'; under: 'heelL' | 'heelR' | 'toesL' | 'toesR' };

/** Surfaces of furniture, with their usual sizes. */
export const FURNITURE = {
  step: { width: 0.34, height: 0.2 },
  bench: { width: 0.5, height: 0.45 },
  chair: { width: 0.42, height: 0.45 },
  cushion: { width: 0.3, height: 0.05 },
} as const;

export interface Contact {
  point: BodyPoint;
  on: Support;
}

export interface KeyPose {
  /** "Start", "End", or what the moment is ("Knee up"). */
  name: string;
  pose: PoseSpec;
  /** What bears the body's weight in this pose; the checks hold the drawing to it. */
  contacts: Contact[];
  /** A flight phase (hops, bounds, skips): nothing touches the floor, on purpose. */
  airborne?: boolean;
}

/** A curved arrow following `point` from one pose to the next, or a push in one direction. */
export type Arrow =
  | { follow: BodyPoint; from?: number; to?: number; bend?: number }
  /** A push: beyond the point, or, `into` a wall or a ball, ending at the point. */
  | { push: BodyPoint; toward: Direction; into?: boolean };

export interface Illustration {
  view: View;
  /**
   * Degrees the viewer looks down from above (side and front views only), for movements
   * toward the viewer, like a clamshell's knee opening. With a tilt the mat shows as a floor
   * area instead of the floor line.
   */
  tilt?: number;
  props: Prop[];
  /** The key poses in order. The first is drawn solid; later ones as a lighter ghost. */
  poses: KeyPose[];
  /** 'sequence' draws the poses side by side instead (for walking, skipping, hopping). */
  layout?: 'ghost' | 'sequence';
  /**
   * The limbs drawn in the working colour. Poses are drawn for the left side: a one-sided
   * exercise highlights the left limb it works, and the right side is drawn as the mirror.
   */
  highlight: Limb[];
  /**
   * The arrows of the ghost layout; without them the point that moves most gets one. A
   * sequence has an arrow between its pictures instead.
   */
  arrows?: Arrow[];
}

/** Whether the drawing highlights one side only (so "both sides" needs saying). */
export function illustrationWorksOneSide(illustration: Illustration): boolean {
  const legs = illustration.highlight.filter((limb) => limb !== 'trunk');
  return legs.length > 0 && legs.every((limb) => limb.endsWith('L'));
}
