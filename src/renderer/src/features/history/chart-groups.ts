import type { ProgressSeries } from '../../../../shared/clinical/progress';

/** One line of a chart: a measure's recorded values, oldest first. */
export interface ChartLine {
  id: string;
  label: string;
  points: ProgressSeries['points'];
}

/** One chart: the lines drawn together on the same scale. */
export interface ChartModel {
  id: string;
  title: string;
  unit: string;
  /** A line across the chart, such as 90% symmetry. */
  reference: number | null;
  /** The scale's top when the measure has one (10 for pain, 80 for LEFS). */
  max: number | null;
  lines: ChartLine[];
}

const line = (series: ProgressSeries, label = series.measure.label): ChartLine => ({
  id: series.measure.id,
  label,
  points: series.points,
});

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Groups the progress series into the charts the physio reads: pain scores together, LEFS,
 * limb symmetry and torque per kg per muscle group, running pelvic drop, weekly distance.
 * A measure never recorded has no series, so its chart is simply absent.
 */
export function chartGroups(series: readonly ProgressSeries[]): ChartModel[] {
  const charts: ChartModel[] = [];
  const withPoints = series.filter((one) => one.points.length > 0);
  const byPrefix = (prefix: string) =>
    withPoints.filter((one) => one.measure.id.startsWith(prefix));

  const pain = byPrefix('pain:');
  if (pain.length > 0) {
    charts.push({
      id: 'pain',
      title: 'Pain',
      unit: '/10',
      reference: null,
      max: 10,
      lines: pain.map((one) => line(one)),
    });
  }
  const lefs = withPoints.find((one) => one.measure.id === 'lefs');
  if (lefs) {
    charts.push({
      id: 'lefs',
      title: 'LEFS',
      unit: '/80',
      reference: null,
      max: 80,
      lines: [line(lefs)],
    });
  }
  for (const one of byPrefix('lsi:')) {
    charts.push({
      id: one.measure.id,
      title: one.measure.label,
      unit: one.measure.unit,
      reference: one.measure.reference,
      max: null,
      lines: [line(one, 'Limb symmetry index')],
    });
  }
  const torqueGroups = new Map<string, ProgressSeries[]>();
  for (const one of byPrefix('torque:')) {
    const group = one.measure.id.split(':')[1] ?? '';
    torqueGroups.set(group, [...(torqueGroups.get(group) ?? []), one]);
  }
  for (const [group, sides] of torqueGroups) {
    const first = sides[0]!;
    // "Hip abductors, left" -> "Hip abductors"
    const muscles = first.measure.label.replace(/, (left|right)$/, '');
    charts.push({
      id: `torque:${group}`,
      title: `Torque per kg, ${muscles.toLowerCase()}`,
      unit: first.measure.unit,
      reference: null,
      max: null,
      lines: sides.map((one) => line(one, capital(one.measure.id.split(':')[2] ?? ''))),
    });
  }
  const drop = byPrefix('pelvic-drop:');
  if (drop.length > 0) {
    charts.push({
      id: 'pelvic-drop',
      title: 'Running pelvic drop',
      unit: '°',
      reference: null,
      max: null,
      lines: drop.map((one) => line(one, `${capital(one.measure.id.split(':')[1] ?? '')} stance`)),
    });
  }
  const distance = withPoints.find((one) => one.measure.id === 'weekly-distance');
  if (distance) {
    charts.push({
      id: 'weekly-distance',
      title: 'Weekly running distance',
      unit: 'km',
      reference: null,
      max: null,
      lines: [line(distance, 'Weekly distance')],
    });
  }
  return charts;
}

/** The visits a chart spans, oldest first, each once. */
export function chartVisits(chart: ChartModel): { assessmentId: string; visitDate: string }[] {
  const visits = new Map<string, string>();
  for (const one of chart.lines) {
    for (const point of one.points) visits.set(point.assessmentId, point.visitDate);
  }
  return [...visits]
    .map(([assessmentId, visitDate]) => ({ assessmentId, visitDate }))
    .sort((a, b) => a.visitDate.localeCompare(b.visitDate));
}

/** A round top for the scale: 1, 2 or 5 times a power of ten, above the largest value. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * power >= value) ?? 10;
  return step * power;
}
