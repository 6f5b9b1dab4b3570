import type { Illustration } from '../illustration';

export const DRILL_AND_PLYOMETRIC_ILLUSTRATIONS: Record<string, Illustration> = {};
