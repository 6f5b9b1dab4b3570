import { format, parseISO } from 'date-fns';
import { describeDate } from '../../format/dates';
import { chartVisits, niceCeiling, type ChartModel } from './chart-groups';
import { formatNumber, withUnit } from './measure-format';

/** Colours and dash patterns, so lines differ without colour too. */
export const LINE_STYLES = [
  { color: 'var(--mantine-color-teal-7)', dash: undefined },
  { color: 'var(--mantine-color-orange-7)', dash: '6 4' },
  { color: 'var(--mantine-color-blue-7)', dash: '2 3' },
  { color: 'var(--mantine-color-grape-7)', dash: '10 3 2 3' },
] as const;

export const lineStyle = (index: number) => LINE_STYLES[index % LINE_STYLES.length]!;

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { top: 10, right: 34, bottom: 34, left: 44 };
const MAX_DATE_LABELS = 7;

/**
 * A line chart across visits, drawn as SVG: one point per recorded value at its visit, never
 * a zero for a visit where the measure was not recorded. Each point names its date and value.
 */
export function LineChart({ chart, describedBy }: { chart: ChartModel; describedBy: string }) {
  const visits = chartVisits(chart);
  const index = new Map(visits.map((visit, position) => [visit.assessmentId, position]));
  const values = chart.lines.flatMap((one) => one.points.map((point) => point.value));
  const top = Math.max(
    chart.max ?? niceCeiling(Math.max(...values, chart.reference ?? 0) * 1.1),
    ...values,
  );
  const bottom = Math.min(0, ...values);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (position: number) =>
    PAD.left + (visits.length === 1 ? plotWidth / 2 : (position / (visits.length - 1)) * plotWidth);
  const y = (value: number) =>
    PAD.top + plotHeight - ((value - bottom) / (top - bottom)) * plotHeight;
  const tickStep = niceCeiling((top - bottom) / 5);
  const ticks = Array.from(
    { length: Math.floor((top - bottom) / tickStep + 1e-9) + 1 },
    (_, step) => bottom + step * tickStep,
  );
  const labelEvery = Math.max(1, Math.ceil(visits.length / MAX_DATE_LABELS));

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={`${chart.title} chart`}
      aria-describedby={describedBy}
      style={{ display: 'block', maxWidth: WIDTH, fontSize: 11 }}
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke="var(--mantine-color-gray-3)"
          />
          <text
            x={PAD.left - 6}
            y={y(tick) + 4}
            textAnchor="end"
            fill="var(--mantine-color-gray-7)"
          >
            {formatNumber(tick, 1)}
          </text>
        </g>
      ))}
      {visits.map((visit, position) =>
        position % labelEvery === 0 || position === visits.length - 1 ? (
          <text
            key={visit.assessmentId}
            x={x(position)}
            y={HEIGHT - PAD.bottom + 16}
            textAnchor="middle"
            fill="var(--mantine-color-gray-7)"
          >
            {format(parseISO(visit.visitDate), 'd MMM yy')}
          </text>
        ) : null,
      )}
      {chart.reference !== null && (
        <g>
          <line
            x1={PAD.left}
            x2={WIDTH - PAD.right}
            y1={y(chart.reference)}
            y2={y(chart.reference)}
            stroke="var(--mantine-color-red-6)"
            strokeDasharray="4 4"
          />
          <text
            x={WIDTH - PAD.right}
            y={y(chart.reference) - 4}
            textAnchor="end"
            fill="var(--mantine-color-red-8)"
          >
            {withUnit(chart.reference, chart.unit)}
          </text>
        </g>
      )}
      {chart.lines.map((one, lineIndex) => {
        const style = lineStyle(lineIndex);
        const placed = one.points.map((point) => ({
          point,
          cx: x(index.get(point.assessmentId) ?? 0),
          cy: y(point.value),
        }));
        return (
          <g key={one.id}>
            <polyline
              points={placed.map(({ cx, cy }) => `${cx},${cy}`).join(' ')}
              fill="none"
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash}
            />
            {placed.map(({ point, cx, cy }) => (
              <circle key={point.assessmentId} cx={cx} cy={cy} r={3.5} fill={style.color}>
                <title>
                  {`${one.label}, ${describeDate(point.visitDate)}: ${withUnit(point.value, chart.unit)}`}
                </title>
              </circle>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
