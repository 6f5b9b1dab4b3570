import type { Side } from './catalogue/types';

/**
 * Limb symmetry index, in percent: the involved side as a share of the uninvolved side. When
 * neither side is the involved one, the weaker as a share of the stronger. Null when a side is
 * missing or the reference is zero: no index is invented from missing data.
 */
export function limbSymmetryIndex(
  values: Partial<Record<Side, number | null>>,
  involvedSide: Side | null,
): number | null {
  const left = values.left;
  const right = values.right;
  if (left == null || right == null) return null;
  if (involvedSide) {
    const involved = involvedSide === 'left' ? left : right;
    const uninvolved = involvedSide === 'left' ? right : left;
    return uninvolved === 0 ? null : (involved / uninvolved) * 100;
  }
  const stronger = Math.max(left, right);
  return stronger === 0 ? null : (Math.min(left, right) / stronger) * 100;
}

/** The side with the lower value, or null when equal or incomplete. */
export function lowerSide(values: Partial<Record<Side, number | null>>): Side | null {
  const { left, right } = values;
  if (left == null || right == null || left === right) return null;
  return left < right ? 'left' : 'right';
}
