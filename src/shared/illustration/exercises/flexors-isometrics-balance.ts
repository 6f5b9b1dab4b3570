import type { Illustration } from '../illustration';

export const FLEXOR_ISOMETRIC_BALANCE_ILLUSTRATIONS: Record<string, Illustration> = {};
