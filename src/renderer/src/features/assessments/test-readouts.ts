import { dynamometryTestId, MUSCLE_GROUPS } from '../../../../shared/clinical/catalogue/tests';
import type { ClinicalTest, Side } from '../../../../shared/clinical/catalogue/types';
import { torque, torquePerKg } from '../../../../shared/clinical/dynamometry';
import { describeSquat } from '../../../../shared/clinical/findings';
import { formatNumber } from '../../../../shared/clinical/format';
import { limbSymmetryIndex } from '../../../../shared/clinical/limb-symmetry';
import { readThomasTest, stepDownScore } from '../../../../shared/clinical/scoring';
import type { ClinicalSettings } from '../../../../shared/clinical/settings';
import type { AssessmentRecord } from '../../../../shared/domain/assessment';

export interface ReadoutLine {
  label: string;
  left?: string | null;
  right?: string | null;
  both?: string | null;
}

const perSide = (label: string, describe: (side: Side) => string | null): ReadoutLine => ({
  label,
  left: describe('left'),
  right: describe('right'),
});

/** "78% — below 90%"; above 100% the painful side is the stronger one, and that is said too. */
function describeLsi(lsi: number | null, threshold: number): string | null {
  if (lsi === null) return null;
  const shown = `${Math.round(lsi)}%`;
  if (lsi < threshold) return `${shown} — below ${threshold}%`;
  if (lsi > 0 && 10000 / lsi < threshold) return `${shown} — the other side is the weaker one`;
  return shown;
}

/** The numbers worked out for the physio under a test: scores, torque, LSI, what a test shows. */
export function testReadout(
  test: ClinicalTest,
  record: AssessmentRecord,
  involved: Side | null,
  settings: ClinicalSettings,
): ReadoutLine[] {
  const result = record.tests[test.id];
  switch (test.id) {
    case 'lateral-step-down':
      return [
        perSide('Score', (side) => {
          const scored = stepDownScore(result?.[side]);
          return scored ? `${scored.score} (${scored.category})` : null;
        }),
      ];
    case 'single-leg-squat':
      return [perSide('Criteria poor', (side) => describeSquat(result, side))];
    case 'modified-thomas':
      return [
        perSide('What it shows', (side) => {
          const reading = readThomasTest(result?.[side], settings.thomasKneeThresholdDeg);
          const shown = [
            reading.shortIliopsoas ? 'short iliopsoas' : null,
            reading.shortRectusFemoris ? 'short rectus femoris' : null,
            reading.tightTflItb ? 'tight TFL / ITB' : null,
          ].filter(Boolean);
          const anyRecorded = Object.values(reading).some((value) => value !== null);
          return shown.length > 0 ? shown.join(', ') : anyRecorded ? 'no shortness' : null;
        }),
      ];
  }
  const group = MUSCLE_GROUPS.find((entry) => dynamometryTestId(entry.id) === test.id);
  if (!group) return [];
  const lever = result?.shared?.['leverArm'];
  const force = (side: Side) => {
    const value = result?.[side]?.['peakForce'];
    return typeof value === 'number' ? value : null;
  };
  const torqueOf = (side: Side) => {
    const value = force(side);
    return value !== null && typeof lever === 'number' ? torque(value, lever) : null;
  };
  const lsi = limbSymmetryIndex({ left: force('left'), right: force('right') }, involved);
  return [
    perSide('Torque', (side) => {
      const value = torqueOf(side);
      return value === null ? null : `${formatNumber(value, 1)} N·m`;
    }),
    perSide('Torque per kg', (side) => {
      const value = torqueOf(side);
      const perKg =
        value === null || record.bodyMassKg === null ? null : torquePerKg(value, record.bodyMassKg);
      return perKg === null ? null : `${formatNumber(perKg)} N·m/kg`;
    }),
    {
      label: involved
        ? `LSI (${involved} vs ${involved === 'left' ? 'right' : 'left'})`
        : 'LSI (weaker vs stronger)',
      both: describeLsi(lsi, settings.lsiThresholdPercent),
    },
  ];
}
