import { Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import {
  RED_FLAG_QUESTIONS,
  WARNING_SIGNS,
} from '../../../../../shared/clinical/catalogue/red-flags';
import type { AssessmentRecord } from '../../../../../shared/domain/assessment';

interface RedFlagSectionProps {
  record: AssessmentRecord;
  onChange(record: AssessmentRecord): void;
  disabled: boolean;
}

function YesNoQuestion(props: {
  question: string;
  value: 'yes' | 'no' | undefined;
  onChange(value: 'yes' | 'no'): void;
  disabled: boolean;
}) {
  return (
    <Radio.Group
      label={props.question}
      value={props.value ?? null}
      onChange={(value) => props.onChange(value as 'yes' | 'no')}
      className={props.value === 'yes' ? 'answer-positive' : undefined}
    >
      <Group mt={4} gap="lg">
        <Radio value="no" label="No" disabled={props.disabled} />
        <Radio value="yes" label="Yes" disabled={props.disabled} />
      </Group>
    </Radio.Group>
  );
}

/** Asked before any examination; every question needs an answer before objective tests. */
export function RedFlagSection({ record, onChange, disabled }: RedFlagSectionProps) {
  const answered = RED_FLAG_QUESTIONS.filter((question) => record.redFlags[question.id]).length;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="red-flags-heading">
      <Group justify="space-between" align="baseline">
        <Title order={3} id="red-flags-heading">
          Red-flag screen
        </Title>
        <Text
          size="sm"
          c={answered === RED_FLAG_QUESTIONS.length ? 'teal' : 'orange'}
          role="status"
        >
          {answered} of {RED_FLAG_QUESTIONS.length} answered
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        Ask every question. Any “yes” means refer, and the program will hold no running or hopping.
      </Text>
      <Stack gap="sm">
        {RED_FLAG_QUESTIONS.map((question) => (
          <YesNoQuestion
            key={question.id}
            question={question.question}
            value={record.redFlags[question.id]}
            disabled={disabled}
            onChange={(value) =>
              onChange({ ...record, redFlags: { ...record.redFlags, [question.id]: value } })
            }
          />
        ))}
      </Stack>
      <Title order={4} mt="lg" mb="xs">
        Warning signs
      </Title>
      <Stack gap="sm">
        {WARNING_SIGNS.map((sign) => (
          <YesNoQuestion
            key={sign.id}
            question={sign.question}
            value={record.warningSigns[sign.id]}
            disabled={disabled}
            onChange={(value) =>
              onChange({ ...record, warningSigns: { ...record.warningSigns, [sign.id]: value } })
            }
          />
        ))}
      </Stack>
    </Paper>
  );
}
