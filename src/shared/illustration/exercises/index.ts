import type { Illustration } from '../illustration';
import { BRIDGE_AND_SIDE_LYING_ILLUSTRATIONS } from './bridges-side-lying';
import { DRILL_AND_PLYOMETRIC_ILLUSTRATIONS } from './drills-plyometrics';
import { FLEXOR_ISOMETRIC_BALANCE_ILLUSTRATIONS } from './flexors-isometrics-balance';
import { MOBILITY_ILLUSTRATIONS } from './mobility';
import { STANDING_STRENGTH_ILLUSTRATIONS } from './standing-strength';

/** Every library exercise's illustration, by exercise id. */
export const ILLUSTRATIONS: Readonly<Record<string, Illustration>> = {
  ...BRIDGE_AND_SIDE_LYING_ILLUSTRATIONS,
  ...STANDING_STRENGTH_ILLUSTRATIONS,
  ...FLEXOR_ISOMETRIC_BALANCE_ILLUSTRATIONS,
  ...MOBILITY_ILLUSTRATIONS,
  ...DRILL_AND_PLYOMETRIC_ILLUSTRATIONS,
};

export function illustrationOf(exerciseId: string): Illustration | undefined {
  return ILLUSTRATIONS[exerciseId];
}
