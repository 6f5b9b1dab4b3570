/**
 * Turns an illustration into shapes: props, the first pose solid, later poses as a lighter
 * ghost behind it (or side by side), the working limbs highlighted, and an arrow for the
 * movement. One function for the app and the handout, so both show the same picture.
 */
import { DIRECTIONS, posedBody, type BodyPiece, type PosedBody } from './body';
import {
  BAND_HEX,
  FIGURE_COLOURS as C,
  boundsOf,
  polylinePath,
  type Drawing,
  type Shape,
} from './drawing';
import {
  FURNITURE,
  VIEW_LABELS,
  type Arrow,
  type Illustration,
  type Prop,
  type View,
} from './illustration';
import type { BandColour } from '../clinical/catalogue/exercise-types';
import type { BodyPoint, Limb } from './pose';
import { length, sub, type Vec3 } from './vectors';

export interface DrawOptions {
  /** The side worked: 'right' draws the mirror image of the left-side poses. */
  side: 'left' | 'right';
  /** The prescribed band colour, for exercises with a band. */
  band?: BandColour | null;
  /** A one-sided exercise prescribed for both sides: drawn for the left, and says so. */
  bothSides?: boolean;
}

type Point2 = [number, number];
/** How much a ghost piece must have moved to be drawn (metres). */
const MOVED = 0.015;
const OUTLINE = 0.9;

/** World metres to picture centimetres for this view (the left side's picture). */
function projector(view: View, tilt = 0) {
  const [c, s] = [Math.cos((tilt * Math.PI) / 180), Math.sin((tilt * Math.PI) / 180)];
  return {
    point: (p: Vec3): Point2 =>
      view === 'top' ? [p[0] * 100, p[2] * 100] : [p[0] * 100, -(p[1] * c - p[2] * s) * 100],
    depth: (p: Vec3) => (view === 'top' ? p[1] : p[2] * c + p[1] * s),
  };
}
type Projector = ReturnType<typeof projector>;

interface PieceStyle {
  fill: string;
  fillFar: string;
  working: string;
  workingFar: string;
  outline: string;
}
const SOLID: PieceStyle = {
  fill: C.body,
  fillFar: C.bodyFar,
  working: C.working,
  workingFar: C.workingFar,
  outline: C.outline,
};
const GHOST: PieceStyle = {
  fill: C.ghost,
  fillFar: C.ghost,
  working: C.ghostWorking,
  workingFar: C.ghostWorking,
  outline: C.ghostOutline,
};

/** One body part as an outline pass and a fill pass, so overlapping parts stay distinct. */
function pieceShapes(
  piece: BodyPiece,
  project: Projector,
  fill: string,
  outline: string,
  nose?: Vec3,
): Shape[] {
  const points = piece.points.map(project.point);
  const width = piece.radius * 200;
  if (points.length === 1) {
    const [cx, cy] = points[0]!;
    const shapes: Shape[] = [];
    if (nose) {
      const [nx, ny] = project.point(nose);
      shapes.push({
        kind: 'circle',
        cx: nx,
        cy: ny,
        r: 2.8,
        fill,
        stroke: outline,
        strokeWidth: OUTLINE,
      });
    }
    shapes.push({
      kind: 'circle',
      cx,
      cy,
      r: piece.radius * 100,
      fill,
      stroke: outline,
      strokeWidth: OUTLINE,
    });
    return shapes;
  }
  const closed = points.length > 2;
  const d = polylinePath(points, closed);
  return [
    {
      kind: 'path',
      d,
      fill: closed ? outline : null,
      stroke: outline,
      strokeWidth: width + 2 * OUTLINE,
    },
    { kind: 'path', d, fill: closed ? fill : null, stroke: fill, strokeWidth: width },
  ];
}

/** The body's parts, far ones first, coloured by side and by whether they work. */
function bodyShapes(
  body: PosedBody,
  project: Projector,
  style: PieceStyle,
  highlight: readonly Limb[],
  only?: (piece: BodyPiece) => boolean,
): Shape[] {
  const depthOf = (piece: BodyPiece) =>
    piece.points.reduce((sum, p) => sum + project.depth(p), 0) / piece.points.length +
    (piece.name === 'head' ? 0.001 : 0);
  const trunk = body.pieces.find((piece) => piece.name === 'trunk')!;
  const trunkDepth = depthOf(trunk);
  const pieces = body.pieces.filter((piece) => !only || only(piece));
  pieces.sort((a, b) => depthOf(a) - depthOf(b));
  return pieces.flatMap((piece) => {
    const far =
      piece.limb !== 'trunk' && piece.limb !== 'head' && depthOf(piece) < trunkDepth - 0.03;
    const working = piece.limb !== 'head' && highlight.includes(piece.limb);
    const fill = working
      ? far
        ? style.workingFar
        : style.working
      : far
        ? style.fillFar
        : style.fill;
    const nose =
      piece.name === 'head'
        ? ([
            piece.points[0]![0] + body.facing[0] * 0.1,
            piece.points[0]![1] + body.facing[1] * 0.1,
            piece.points[0]![2] + body.facing[2] * 0.1,
          ] as Vec3)
        : undefined;
    return pieceShapes(piece, project, fill, style.outline, nose);
  });
}

const rect = (x1: number, y1: number, x2: number, y2: number): Point2[] => [
  [x1, y1],
  [x2, y1],
  [x2, y2],
  [x1, y2],
];

function box(points: Point2[], fill: string, stroke: string, strokeWidth = 0.8): Shape {
  return { kind: 'path', d: polylinePath(points, true), fill, stroke, strokeWidth };
}

/** Furniture and the mat, which stay put while the body moves. */
function furnitureShapes(
  props: readonly Prop[],
  view: View,
  project: Projector,
  pelvisX: number,
  tilted: boolean,
): Shape[] {
  // World metres to picture centimetres (x right, y down), as the projector does.
  const f = 100;
  const y = (h: number) => -h * f;
  const shapes: Shape[] = [];
  for (const prop of props) {
    if (prop.kind === 'mat') {
      const [a, b] = [prop.from * f, prop.to * f];
      // Seen from above (or tilted), the mat is an area of floor; from level, a thin slab.
      const corners: Vec3[] = [
        [prop.from, 0, -0.4],
        [prop.to, 0, -0.4],
        [prop.to, 0, 0.4],
        [prop.from, 0, 0.4],
      ];
      shapes.push(
        view === 'top' || tilted
          ? box(corners.map(project.point), C.mat, C.floor, 0.6)
          : box(rect(Math.min(a, b), 0, Math.max(a, b), 2.2), C.mat, C.floor, 0.6),
      );
    }
    if (view === 'top' || tilted) continue;
    if (prop.kind === 'step' || prop.kind === 'cushion') {
      const size = FURNITURE[prop.kind];
      const width = prop.width ?? size.width;
      const height = prop.height ?? size.height;
      const colour = prop.kind === 'step' ? C.wood : C.cushion;
      const stroke = prop.kind === 'step' ? C.woodDark : C.ghostOutline;
      shapes.push(box(rect(prop.x * f, y(height), (prop.x + width) * f, 0), colour, stroke));
    }
    if (prop.kind === 'bench') {
      const width = prop.width ?? FURNITURE.bench.width;
      const height = prop.height ?? FURNITURE.bench.height;
      const [a, b] = [prop.x * f, (prop.x + width) * f];
      const leg = Math.sign(b - a) * 5;
      shapes.push(
        box(rect(a, y(height - 0.01), a + leg, 0), C.woodDark, C.woodDark),
        box(rect(b - leg, y(height - 0.01), b, 0), C.woodDark, C.woodDark),
        box(rect(a, y(height), b, y(height - 0.06)), C.wood, C.woodDark),
      );
    }
    if (prop.kind === 'chair') {
      const { width, height } = FURNITURE.chair;
      const [a, b] = [prop.x * f, (prop.x + width) * f];
      const leg = Math.sign(b - a) * 3;
      // The back stands on the side the sitter turns away from.
      const backAtEnd = prop.facing === 'left';
      const backX = backAtEnd ? Math.max(a, b) - 3 : Math.min(a, b);
      shapes.push(
        box(rect(a, y(height - 0.02), a + leg, 0), C.woodDark, C.woodDark),
        box(rect(b - leg, y(height - 0.02), b, 0), C.woodDark, C.woodDark),
        box(rect(backX, y(0.9), backX + 3, y(height)), C.woodDark, C.woodDark),
        box(rect(a, y(height), b, y(height - 0.04)), C.wood, C.woodDark),
      );
    }
    if (prop.kind === 'wall') {
      const face = prop.x * f;
      const away = (prop.x > pelvisX ? 1 : -1) * 8;
      shapes.push(box(rect(face, y(2.0), face + away, 0), C.wall, C.floor, 0.6));
    }
  }
  return shapes;
}

/** Small things that move with the body: band, ball, weight, slider. */
function attachedShapes(
  props: readonly Prop[],
  body: PosedBody,
  project: Projector,
  band: string,
  ghost: boolean,
): Shape[] {
  const at = (point: BodyPoint) => project.point(body.points[point]);
  const shapes: Shape[] = [];
  for (const prop of props) {
    if (prop.kind === 'band') {
      const to =
        typeof prop.to === 'string' ? at(prop.to) : project.point([prop.to.x, prop.to.y, 0]);
      const d = polylinePath([at(prop.from), to]);
      shapes.push(
        {
          kind: 'path',
          d,
          fill: null,
          stroke: C.outline,
          strokeWidth: 4.2,
          ...(ghost ? { dash: [4, 3] } : {}),
        },
        {
          kind: 'path',
          d,
          fill: null,
          stroke: band,
          strokeWidth: 2.6,
          ...(ghost ? { dash: [4, 3] } : {}),
        },
      );
    }
    if (ghost) continue;
    if (prop.kind === 'ball') {
      const [first, second] = prop.between;
      const a = at(first);
      const b = typeof second === 'string' ? at(second) : project.point([second.x, second.y, 0]);
      shapes.push({
        kind: 'circle',
        cx: (a[0] + b[0]) / 2,
        cy: (a[1] + b[1]) / 2,
        r: 7,
        fill: C.ball,
        stroke: C.outline,
        strokeWidth: OUTLINE,
      });
    }
    if (prop.kind === 'weight') {
      const [x, y] = at(prop.hand);
      shapes.push(
        {
          kind: 'path',
          d: polylinePath([
            [x - 9, y],
            [x + 9, y],
          ]),
          fill: null,
          stroke: C.weight,
          strokeWidth: 2.5,
        },
        box(rect(x - 11, y - 6, x - 6, y + 6), C.weight, C.outline, 0.6),
        box(rect(x + 6, y - 6, x + 11, y + 6), C.weight, C.outline, 0.6),
      );
    }
    if (prop.kind === 'slider') {
      const [x, y] = at(prop.under);
      shapes.push(box(rect(x - 9, y + 3.4, x + 9, y + 5), C.weight, C.outline, 0.5));
    }
  }
  return shapes;
}

function arrowShapes(from: Point2, to: Point2, away: Point2, bend: number): Shape[] {
  const d = [to[0] - from[0], to[1] - from[1]];
  const len = Math.hypot(d[0]!, d[1]!);
  // A point that moves only toward the viewer moves nowhere in the picture: no arrow.
  if (len < 1) return [];
  let n: Point2 = [-d[1]! / len, d[0]! / len];
  const mid: Point2 = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  if (n[0] * (mid[0] - away[0]) + n[1] * (mid[1] - away[1]) < 0) n = [-n[0], -n[1]];
  const offset = 12;
  const s: Point2 = [
    from[0] + n[0] * offset + d[0]! * 0.12,
    from[1] + n[1] * offset + d[1]! * 0.12,
  ];
  const e: Point2 = [to[0] + n[0] * offset - d[0]! * 0.12, to[1] + n[1] * offset - d[1]! * 0.12];
  const c: Point2 = [(s[0] + e[0]) / 2 + n[0] * bend * len, (s[1] + e[1]) / 2 + n[1] * bend * len];
  return headedLine(s, c, e);
}

/** A line (curved through `c`) ending in an arrowhead at `e`. */
function headedLine(s: Point2, c: Point2, e: Point2): Shape[] {
  const t = [e[0] - c[0], e[1] - c[1]];
  const tl = Math.hypot(t[0]!, t[1]!) || 1;
  const [tx, ty] = [t[0]! / tl, t[1]! / tl];
  const tip: Point2 = [e[0] + tx * 5, e[1] + ty * 5];
  const base: Point2 = [e[0] - tx * 2, e[1] - ty * 2];
  const wing = 4.5;
  const r = (n: number) => Math.round(n * 10) / 10;
  return [
    {
      kind: 'path',
      d: `M${r(s[0])} ${r(s[1])} Q${r(c[0])} ${r(c[1])} ${r(e[0])} ${r(e[1])}`,
      fill: null,
      stroke: C.arrow,
      strokeWidth: 2.6,
    },
    box(
      [tip, [base[0] - ty * wing, base[1] + tx * wing], [base[0] + ty * wing, base[1] - tx * wing]],
      C.arrow,
      C.arrow,
      1,
    ),
  ];
}

const ARROW_CANDIDATES: BodyPoint[] = [
  'toesL',
  'toesR',
  'ankleL',
  'ankleR',
  'kneeL',
  'kneeR',
  'handL',
  'handR',
  'pelvis',
  'head',
];

/** The point that moves most between two poses, if any moves enough to show. */
function mostMoved(a: PosedBody, b: PosedBody, project: Projector): BodyPoint | null {
  let best: BodyPoint | null = null;
  let distance = 6;
  for (const point of ARROW_CANDIDATES) {
    const [x1, y1] = project.point(a.points[point]);
    const [x2, y2] = project.point(b.points[point]);
    const moved = Math.hypot(x2 - x1, y2 - y1);
    if (moved > distance + 0.5) {
      distance = moved;
      best = point;
    }
  }
  return best;
}

function arrowsFor(illustration: Illustration, bodies: PosedBody[], project: Projector): Shape[] {
  const centre = project.point(bodies[0]!.points.pelvis);
  const arrows: Arrow[] =
    illustration.arrows ??
    bodies.slice(1).flatMap((body, index) => {
      const point = mostMoved(bodies[index]!, body, project);
      return point ? [{ follow: point, from: index, to: index + 1 }] : [];
    });
  return arrows.flatMap((arrow) => {
    if ('push' in arrow) {
      const p = project.point(bodies[0]!.points[arrow.push]);
      const v = DIRECTIONS[arrow.toward];
      const [dx, dy] = project.point(v);
      const dl = Math.hypot(dx, dy);
      if (dl < 0.1) return [];
      const [ux, uy] = [dx / dl, dy / dl];
      const [from, to] = arrow.into ? [-30, -12] : [10, 26];
      const s: Point2 = [p[0] + ux * from, p[1] + uy * from];
      const e: Point2 = [p[0] + ux * to, p[1] + uy * to];
      return headedLine(s, [(s[0] + e[0]) / 2, (s[1] + e[1]) / 2], e);
    }
    const a = bodies[arrow.from ?? 0];
    const b = bodies[arrow.to ?? 1];
    if (!a || !b) return [];
    return arrowShapes(
      project.point(a.points[arrow.follow]),
      project.point(b.points[arrow.follow]),
      centre,
      arrow.bend ?? 0.25,
    );
  });
}

/** The same shapes with every x coordinate moved by `move` (a shift, or a mirror). */
function withX(shapes: Shape[], move: (x: number) => number): Shape[] {
  return shapes.map((shape) =>
    shape.kind === 'circle'
      ? { ...shape, cx: move(shape.cx) }
      : {
          ...shape,
          d: shape.d.replace(
            /(-?[\d.]+) (-?[\d.]+)/g,
            (_, x: string, y: string) => `${move(Number(x))} ${y}`,
          ),
        },
  );
}
const mirrored = (shapes: Shape[]) => withX(shapes, (x) => -x + 0);

function describe(illustration: Illustration, side: 'left' | 'right'): string {
  const names = illustration.poses.map((pose) => pose.name.toLowerCase());
  const moments =
    names.length === 1
      ? `The ${names[0]} position`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} positions`;
  const limbs = illustration.highlight.filter((limb) => limb !== 'trunk');
  const sideOf = (limb: Limb) =>
    side === 'right' ? limb.replace(/L$/, 'X').replace(/R$/, 'L').replace(/X$/, 'R') : limb;
  const words = limbs
    .map(sideOf)
    .map(
      (limb) =>
        `${limb.endsWith('L') ? 'left' : 'right'} ${limb.startsWith('leg') ? 'leg' : 'arm'}`,
    );
  const working =
    words.length > 0 ? `, working ${[...new Set(words)].join(' and ')} highlighted` : '';
  return `${moments[0]!.toUpperCase()}${moments.slice(1)}, ${VIEW_LABELS[illustration.view]}${working}.`;
}

/** The whole picture for one exercise, for the side it is worked on. */
export function drawIllustration(illustration: Illustration, options: DrawOptions): Drawing {
  const mirror = options.side === 'right';
  const tilted = (illustration.tilt ?? 0) !== 0;
  // Everything is drawn for the left side; the right side is that picture mirrored, whole.
  const project = projector(illustration.view, illustration.tilt);
  // No colour chosen: a neutral grey rather than a colour the physio did not prescribe.
  const band = options.band ? BAND_HEX[options.band] : C.bandUnchosen;
  const bodies = illustration.poses.map((key) => posedBody(key.pose));
  const first = bodies[0]!;
  const furniture = furnitureShapes(
    illustration.props,
    illustration.view,
    project,
    first.points.pelvis[0],
    tilted,
  );
  const shapes: Shape[] = [];

  if (illustration.layout === 'sequence') {
    let right = -Infinity;
    bodies.forEach((body, index) => {
      const drawn = [
        ...furniture,
        ...bodyShapes(body, project, SOLID, illustration.highlight),
        ...attachedShapes(illustration.props, body, project, band, false),
      ];
      // Each picture is mirrored for the right side, but the row still reads left to right.
      const panel = mirror ? mirrored(drawn) : drawn;
      const bounds = boundsOf(panel);
      const dx = index === 0 ? 0 : right + 30 - bounds.minX;
      if (index > 0) {
        const y = (bounds.minY + bounds.maxY) / 2;
        shapes.push(...headedLine([right + 6, y], [right + 13, y], [right + 20, y]));
      }
      shapes.push(...(dx === 0 ? panel : withX(panel, (x) => Math.round((x + dx) * 10) / 10)));
      right = bounds.maxX + dx;
    });
  } else {
    shapes.push(...furniture);
    bodies.slice(1).forEach((body, index) => {
      const before = bodies[index]!;
      const moved = (piece: BodyPiece) => {
        const was = before.pieces.find((p) => p.name === piece.name)!;
        return piece.points.some((p, i) => length(sub(p, was.points[i]!)) > MOVED);
      };
      shapes.push(...bodyShapes(body, project, GHOST, illustration.highlight, moved));
      shapes.push(...attachedShapes(illustration.props, body, project, band, true));
    });
    shapes.push(...bodyShapes(first, project, SOLID, illustration.highlight));
    shapes.push(...attachedShapes(illustration.props, first, project, band, false));
    shapes.push(...arrowsFor(illustration, bodies, project));
    if (mirror) shapes.splice(0, shapes.length, ...mirrored(shapes));
  }

  const bounds = boundsOf(shapes);
  const pad = 6;
  const minX = bounds.minX - pad;
  const maxX = bounds.maxX + pad;
  const minY = bounds.minY - pad;
  const maxY = Math.max(bounds.maxY, 0) + pad;
  const floor: Shape[] =
    illustration.view === 'top' || tilted
      ? []
      : [
          {
            kind: 'path',
            d: polylinePath([
              [minX, 0],
              [maxX, 0],
            ]),
            fill: null,
            stroke: C.floor,
            strokeWidth: 1.2,
          },
        ];
  const [x0, y0] = [Math.floor(minX), Math.floor(minY)];
  return {
    viewBox: [x0, y0, Math.ceil(maxX - x0), Math.ceil(maxY - y0)],
    shapes: [...floor, ...shapes],
    description:
      describe(illustration, options.side) +
      (options.bothSides ? ' Shown for the left side; the right side is done the same way.' : ''),
  };
}
