import { Badge, Group, Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import {
  SIDES,
  YES_NO_OPTIONS,
  type ClinicalTest,
  type Field,
  type FieldValue,
  type TestResult,
} from '../../../../../shared/clinical/catalogue/types';
import { MeasureInput } from '../../../components/MeasureInput';
import { OptionSelect } from '../../../components/OptionSelect';
import { describeDate } from '../../../format/dates';
import type { TestPart } from '../record-updates';

interface TestCardProps {
  test: ClinicalTest;
  result: TestResult | undefined;
  /** The date of the visit this test was carried forward from, in a follow-up being recorded. */
  carriedFrom?: string | null;
  onChange(part: TestPart, fieldId: string, value: FieldValue): void;
  disabled: boolean;
  /** Lines worked out from the values (scores, torque, LSI, interpretation). */
  readout?: { label: string; left?: string | null; right?: string | null; both?: string | null }[];
}

function FieldInput(props: {
  field: Field;
  where: 'left' | 'right' | null;
  value: FieldValue | undefined;
  onChange(value: FieldValue): void;
  showLabel: boolean;
  disabled: boolean;
  context: string;
}) {
  const { field, where } = props;
  if (field.kind === 'number') {
    return (
      <MeasureInput
        field={field}
        where={where}
        value={typeof props.value === 'number' ? props.value : null}
        onChange={props.onChange}
        showLabel={props.showLabel}
        disabled={props.disabled}
        context={props.context}
      />
    );
  }
  return (
    <OptionSelect
      label={where ? `${field.label}, ${where}` : field.label}
      showLabel={props.showLabel}
      description={field.help}
      options={field.kind === 'yesNo' ? YES_NO_OPTIONS : field.options}
      value={typeof props.value === 'string' ? props.value : null}
      onChange={props.onChange}
      disabled={props.disabled}
      emptyLabel={where ? 'Not tested' : 'Not recorded'}
      context={props.context}
    />
  );
}

/**
 * One test from the catalogue: its shared fields, then each per-side field as a row with the
 * left and right inputs side by side, in examination order (Tab goes left, right, next row).
 */
export function TestCard(props: TestCardProps) {
  const { test, result, onChange, disabled, readout, carriedFrom } = props;
  const headingId = `test-${test.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Group gap="sm" align="center">
        <Title order={4} id={headingId}>
          {test.name}
        </Title>
        {carriedFrom && (
          <Badge variant="light" color="blue">
            Done on {describeDate(carriedFrom)}: measure again
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {test.purpose}
      </Text>
      {test.shared.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
          {test.shared.map((field) => (
            <FieldInput
              key={field.id}
              field={field}
              where={null}
              value={result?.shared?.[field.id]}
              onChange={(value) => onChange('shared', field.id, value)}
              showLabel
              disabled={disabled}
              context={test.name}
            />
          ))}
        </SimpleGrid>
      )}
      <Table layout="fixed" verticalSpacing={6} withRowBorders={false}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="38%">
              <span className="visually-hidden">Measure</span>
            </Table.Th>
            {SIDES.map((side) => (
              <Table.Th key={side}>{side === 'left' ? 'Left' : 'Right'}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {test.perSide.map((field) => (
            <Table.Tr key={field.id}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm">{field.label}</Text>
                {field.help && (
                  <Text size="xs" c="dimmed">
                    {field.help}
                  </Text>
                )}
              </Table.Th>
              {SIDES.map((side) => (
                <Table.Td key={side}>
                  <FieldInput
                    field={field}
                    where={side}
                    value={result?.[side]?.[field.id]}
                    onChange={(value) => onChange(side, field.id, value)}
                    showLabel={false}
                    disabled={disabled}
                    context={test.name}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          {readout
            ?.filter((line) => line.left || line.right || line.both)
            .map((line) => (
              <Table.Tr key={line.label} className="derived-row">
                <Table.Th scope="row" fw={600}>
                  <Text size="sm">{line.label}</Text>
                </Table.Th>
                {line.both ? (
                  <Table.Td colSpan={2}>
                    <Text size="sm" fw={600}>
                      {line.both}
                    </Text>
                  </Table.Td>
                ) : (
                  SIDES.map((side) => (
                    <Table.Td key={side}>
                      <Text size="sm" fw={600}>
                        {line[side] ?? '—'}
                      </Text>
                    </Table.Td>
                  ))
                )}
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {test.source && (
        <Group justify="flex-end">
          <Text size="xs" c="dimmed">
            Source: {test.source}
          </Text>
        </Group>
      )}
    </Paper>
  );
}
