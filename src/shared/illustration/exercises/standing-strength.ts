import type { Illustration } from '../illustration';

export const STANDING_STRENGTH_ILLUSTRATIONS: Record<string, Illustration> = {};
