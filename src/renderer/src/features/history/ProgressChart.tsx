import { Group, Paper, Text, Title } from '@mantine/core';
import { describeDate } from '../../format/dates';
import { ChartDataTable } from './ChartDataTable';
import type { ChartLine, ChartModel } from './chart-groups';
import { LineChart, lineStyle } from './LineChart';
import { withUnit } from './measure-format';

/** "Pain now: 7/10 on 1 Sep 2026, 2/10 on 22 Nov 2026 (3 visits)". */
function summary(one: ChartLine, unit: string): string {
  const first = one.points[0];
  const last = one.points.at(-1);
  if (!first || !last) return `${one.label}: not recorded`;
  const start = `${withUnit(first.value, unit)} on ${describeDate(first.visitDate)}`;
  if (one.points.length === 1) return `${one.label}: ${start} (1 visit)`;
  const end = `${withUnit(last.value, unit)} on ${describeDate(last.visitDate)}`;
  return `${one.label}: ${start}, ${end} (${one.points.length} visits)`;
}

/** One chart with its title, legend, a first-and-last caption and the numbers as a table. */
export function ProgressChart({ chart }: { chart: ChartModel }) {
  const headingId = `chart-${chart.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const captionId = `${headingId}-caption`;
  return (
    <Paper
      withBorder
      p="md"
      component="figure"
      m={0}
      aria-labelledby={headingId}
      style={{ minWidth: 0 }}
    >
      <Title order={4} size="h6" id={headingId} mb={4}>
        {chart.title}{' '}
        <Text component="span" size="xs" c="dimmed" fw={400}>
          ({chart.unit.startsWith('/') ? `0–${chart.unit.slice(1)}` : chart.unit})
        </Text>
      </Title>
      <LineChart chart={chart} describedBy={captionId} />
      <Group gap="md" mt={4} aria-hidden>
        {chart.lines.map((one, index) => {
          const style = lineStyle(index);
          return (
            <Group key={one.id} gap={6} wrap="nowrap">
              <svg width="24" height="8" aria-hidden>
                <line
                  x1="0"
                  x2="24"
                  y1="4"
                  y2="4"
                  stroke={style.color}
                  strokeWidth={2}
                  strokeDasharray={style.dash}
                />
              </svg>
              <Text size="xs">{one.label}</Text>
            </Group>
          );
        })}
        {chart.reference !== null && (
          <Text size="xs" c="red.8">
            - - reference {withUnit(chart.reference, chart.unit)}
          </Text>
        )}
      </Group>
      <Text component="figcaption" id={captionId} size="xs" c="dimmed" mt={4}>
        {chart.lines.map((one) => summary(one, chart.unit)).join('. ')}
        {chart.reference !== null
          ? `. Reference line at ${withUnit(chart.reference, chart.unit)}.`
          : '.'}
      </Text>
      <ChartDataTable chart={chart} />
    </Paper>
  );
}
