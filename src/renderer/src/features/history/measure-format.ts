import type { ProgressSeries } from '../../../../shared/clinical/progress';

type MeasureInfo = ProgressSeries['measure'];

/** A value rounded for reading: whole numbers stay whole, others keep up to `decimals`. */
export function formatNumber(value: number, decimals = 2): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor);
}

/** Percentages read as whole numbers (like the assessment's 78%), angles to a tenth. */
const decimalsFor = (unit: string) => (unit === '%' ? 0 : unit === '°' ? 1 : 2);

/** "4/10", "78%", "9°", "1.8 N·m/kg", "30 km". */
export function withUnit(value: number, unit: string): string {
  const tight = unit.startsWith('/') || unit === '%' || unit === '°';
  const shown = formatNumber(value, decimalsFor(unit));
  return tight ? `${shown}${unit}` : `${shown} ${unit}`;
}

/** A measure's value with its unit; "—" when not recorded. */
export function formatValue(value: number | null, measure: MeasureInfo): string {
  return value === null ? '—' : withUnit(value, measure.unit);
}

/** The change with its sign: "−3 points" on a score or percentage, "+0.2 N·m/kg"; "—" when missing. */
export function formatChange(change: number | null, measure: MeasureInfo): string {
  if (change === null) return '—';
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  const inPoints = measure.unit.startsWith('/') || measure.unit === '%';
  const shown = formatNumber(size, decimalsFor(measure.unit));
  if (inPoints) return `${sign}${shown} ${shown === '1' ? 'point' : 'points'}`;
  return `${sign}${withUnit(size, measure.unit)}`;
}
