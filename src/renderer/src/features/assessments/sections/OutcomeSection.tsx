import { Group, Paper, Table, Text, Title } from '@mantine/core';
import {
  LEFS,
  LEFS_ANSWERS,
  LEFS_ITEMS,
} from '../../../../../shared/clinical/catalogue/outcome-measures';
import { lefsScore } from '../../../../../shared/clinical/scoring';
import type { AssessmentRecord } from '../../../../../shared/domain/assessment';
import { OptionSelect } from '../../../components/OptionSelect';

const ANSWER_OPTIONS = LEFS_ANSWERS.map((answer) => ({
  value: String(answer.value),
  label: `${answer.value} – ${answer.label}`,
}));

/** The LEFS questionnaire, scored as it is filled in. */
export function OutcomeSection(props: {
  record: AssessmentRecord;
  onChange(record: AssessmentRecord): void;
  disabled: boolean;
}) {
  const score = lefsScore(props.record.lefs);
  const setAnswer = (index: number, value: string | null) => {
    const lefs = [...props.record.lefs];
    lefs[index] = value === null ? null : Number(value);
    props.onChange({ ...props.record, lefs });
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="outcomes-heading">
      <Group justify="space-between" align="baseline">
        <Title order={3} id="outcomes-heading">
          {LEFS.name}
        </Title>
        <Text fw={700} role="status">
          {score.total === null
            ? `${score.answered} of ${LEFS.itemCount} answered`
            : `LEFS ${score.total} / ${LEFS.max}`}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        How much difficulty does the runner have today with each activity because of the hip? Higher
        scores are better; a change of {LEFS.meaningfulChange} points matters. ({LEFS.source})
      </Text>
      <Table verticalSpacing={4} withRowBorders={false}>
        <Table.Tbody>
          {LEFS_ITEMS.map((item, index) => (
            <Table.Tr key={item}>
              <Table.Th scope="row" fw={400} w="55%">
                <Text size="sm">
                  {index + 1}. {item}
                </Text>
              </Table.Th>
              <Table.Td>
                <OptionSelect
                  label={`LEFS ${index + 1}: ${item}`}
                  options={ANSWER_OPTIONS}
                  value={
                    props.record.lefs[index] === null ? null : String(props.record.lefs[index])
                  }
                  onChange={(value) => setAnswer(index, value)}
                  disabled={props.disabled}
                  emptyLabel="Not answered"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
