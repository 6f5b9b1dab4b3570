import { z } from 'zod';
import { decimalFromText } from '../domain/number-text';

/**
 * Thresholds a clinic may set. The defaults come from CLINICAL.md; the values marked
 * uncertain there are settings rather than constants.
 */
export const clinicalSettingsSchema = z.object({
  /** A limb symmetry index below this (percent) names a weakness or asymmetry. */
  lsiThresholdPercent: z.preprocess(
    decimalFromText,
    z
      .number({ error: 'Limb symmetry threshold must be a number' })
      .min(50, 'Limb symmetry threshold must be between 50 and 100 %')
      .max(100, 'Limb symmetry threshold must be between 50 and 100 %'),
  ),
  /** Modified Thomas: a knee flexion angle below this suggests a short rectus femoris. */
  thomasKneeThresholdDeg: z.preprocess(
    decimalFromText,
    z
      .number({ error: 'Thomas test knee threshold must be a number' })
      .min(45, 'Thomas test knee threshold must be between 45 and 100°')
      .max(100, 'Thomas test knee threshold must be between 45 and 100°'),
  ),
  /** Running video: this much more pelvic drop on one side than the other counts as hip drop. */
  pelvicDropDifferenceDeg: z.preprocess(
    decimalFromText,
    z
      .number({ error: 'Pelvic drop difference must be a number' })
      .min(0.5, 'Pelvic drop difference must be between 0.5 and 10°')
      .max(10, 'Pelvic drop difference must be between 0.5 and 10°'),
  ),
});

export type ClinicalSettings = z.output<typeof clinicalSettingsSchema>;

export const DEFAULT_CLINICAL_SETTINGS: ClinicalSettings = {
  lsiThresholdPercent: 90,
  thomasKneeThresholdDeg: 80,
  pelvicDropDifferenceDeg: 2,
};
