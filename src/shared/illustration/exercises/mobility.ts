import type { Illustration } from '../illustration';

export const MOBILITY_ILLUSTRATIONS: Record<string, Illustration> = {};
