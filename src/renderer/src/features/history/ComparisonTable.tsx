import { Table, Text } from '@mantine/core';
import type { MeasureComparison } from '../../../../shared/clinical/progress';
import { formatChange, formatValue } from './measure-format';

const VERDICTS = {
  better: { words: 'Better', color: 'teal.8' },
  worse: { words: 'Worse', color: 'red.8' },
  same: { words: 'No change', color: 'gray.7' },
} as const;

function Verdict({ row }: { row: MeasureComparison }) {
  if (row.verdict === null) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const verdict = VERDICTS[row.verdict];
  return (
    <div>
      <Text size="sm" fw={600} c={verdict.color}>
        {verdict.words}
      </Text>
      {row.meaningful !== null && (
        <Text size="xs" c="dimmed">
          {row.meaningful ? 'meaningful change' : 'within the normal variation'}
        </Text>
      )}
    </div>
  );
}

/** Two visits measure by measure: before, after, the change and what it means. */
export function ComparisonTable({
  rows,
  beforeLabel,
  afterLabel,
}: {
  rows: readonly MeasureComparison[];
  beforeLabel: string;
  afterLabel: string;
}) {
  return (
    <Table aria-label="Comparison of the two visits" verticalSpacing="xs" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Measure</Table.Th>
          <Table.Th>Before ({beforeLabel})</Table.Th>
          <Table.Th>After ({afterLabel})</Table.Th>
          <Table.Th>Change</Table.Th>
          <Table.Th>Meaning</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.measure.id}>
            <Table.Th scope="row" fw={500}>
              {row.measure.label}
            </Table.Th>
            <Table.Td>{formatValue(row.before, row.measure)}</Table.Td>
            <Table.Td>{formatValue(row.after, row.measure)}</Table.Td>
            <Table.Td>{formatChange(row.change, row.measure)}</Table.Td>
            <Table.Td>
              <Verdict row={row} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
