import type { Illustration } from '../illustration';

export const BRIDGE_AND_SIDE_LYING_ILLUSTRATIONS: Record<string, Illustration> = {};
