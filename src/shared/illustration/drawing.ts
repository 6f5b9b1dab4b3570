import type { BandColour } from '../clinical/catalogue/exercise-types';

/**
 * Shapes that both renderers understand: the React page draws them as SVG elements and the
 * handout as react-pdf's Svg primitives. Coordinates are centimetres in picture space
 * (x to the right, y down), so a viewBox of the drawing's bounds shows it whole.
 */

export type Shape =
  | {
      kind: 'path';
      d: string;
      fill: string | null;
      stroke: string | null;
      strokeWidth: number;
      /** Dash and gap lengths, for ghosts and bands. */
      dash?: number[];
    }
  | {
      kind: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: string;
      stroke: string | null;
      strokeWidth: number;
    };

export interface Drawing {
  /** minX, minY, width, height. */
  viewBox: [number, number, number, number];
  shapes: Shape[];
  /** What the picture shows, for screen readers and the alt text. */
  description: string;
}

/** The figure's colours: calm greys, the working side in the handout's teal, arrows in orange. */
export const FIGURE_COLOURS = {
  outline: '#3b4754',
  body: '#c5ced8',
  bodyFar: '#98a6b5',
  working: '#3aa6b9',
  workingFar: '#1f7f90',
  ghostOutline: '#8f9ca9',
  ghost: '#e2e8ee',
  ghostWorking: '#aad9e1',
  arrow: '#e8590c',
  floor: '#6b7785',
  mat: '#b9d3c9',
  wood: '#c8a06a',
  woodDark: '#8b6b45',
  wall: '#e6e9ed',
  cushion: '#e3d5f0',
  ball: '#f0c9a8',
  weight: '#4a5561',
  bandUnchosen: '#8a94a0',
} as const;

/** Colours a patient can match to their band. */
export const BAND_HEX: Record<BandColour, string> = {
  tan: '#d2b48c',
  yellow: '#f2c200',
  red: '#d62828',
  green: '#2f9e44',
  blue: '#1c7ed6',
  black: '#222222',
  silver: '#aab2bb',
  gold: '#c9a227',
};

const round = (n: number) => Math.round(n * 10) / 10;

/** An open or closed polyline as an SVG path. */
export function polylinePath(
  points: readonly (readonly [number, number])[],
  closed = false,
): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const moves = [
    `M${round(first[0])} ${round(first[1])}`,
    ...rest.map((p) => `L${round(p[0])} ${round(p[1])}`),
  ];
  return moves.join(' ') + (closed ? ' Z' : '');
}

/** The smallest box holding every shape, with its stroke. */
export function boundsOf(shapes: readonly Shape[]): {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
} {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = (x: number, y: number, r: number) => {
    minX = Math.min(minX, x - r);
    maxX = Math.max(maxX, x + r);
    minY = Math.min(minY, y - r);
    maxY = Math.max(maxY, y + r);
  };
  for (const shape of shapes) {
    if (shape.kind === 'circle') grow(shape.cx, shape.cy, shape.r + shape.strokeWidth / 2);
    else
      for (const [, x, y] of shape.d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g))
        grow(Number(x), Number(y), shape.strokeWidth / 2);
  }
  return { minX, minY, maxX, maxY };
}
