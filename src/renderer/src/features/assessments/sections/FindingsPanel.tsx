import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { LEFS, PAIN_SCORES } from '../../../../../shared/clinical/catalogue/outcome-measures';
import { WORKING_DIAGNOSES } from '../../../../../shared/clinical/catalogue/subjective';
import {
  describeFinding,
  type Finding,
  type Severity,
} from '../../../../../shared/clinical/findings';
import type { RedFlagScreen } from '../../../../../shared/clinical/red-flag-screen';
import { lefsScore } from '../../../../../shared/clinical/scoring';
import type { AssessmentRecord } from '../../../../../shared/domain/assessment';
import { NoteField } from '../../../components/NoteField';
import { OptionSelect } from '../../../components/OptionSelect';

const SEVERITY_COLOURS: Record<Severity, string> = {
  mild: 'yellow',
  moderate: 'orange',
  marked: 'red',
};

/** The derived summary: findings with their numbers, scores, and the physio's own impression. */
export function FindingsPanel(props: {
  record: AssessmentRecord;
  findings: Finding[];
  screen: RedFlagScreen;
  /** For a signed version: the findings exactly as they were signed. */
  signedFindings?: string[];
  onChange(record: AssessmentRecord): void;
  disabled: boolean;
}) {
  const { record, findings } = props;
  const lefs = lefsScore(record.lefs);
  const pain = PAIN_SCORES.filter((score) => record.subjective.pain[score.id] !== null).map(
    (score) => `${score.label.toLowerCase()} ${record.subjective.pain[score.id]}/10`,
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="findings-heading">
      <Title order={3} id="findings-heading" mb="xs">
        Findings
      </Title>
      <Text
        size="sm"
        mb="sm"
        c={props.screen.referralAdvised ? 'red' : undefined}
        fw={props.screen.referralAdvised ? 700 : undefined}
      >
        {props.screen.referralAdvised
          ? `Red flags: refer — ${props.screen.reasons.join('; ')}`
          : props.screen.complete
            ? 'Red flags: none'
            : `Red flags: ${props.screen.unanswered.length} question(s) not answered yet`}
      </Text>
      {props.signedFindings ? (
        <>
          <Text size="xs" c="dimmed" mb={4}>
            As signed (worked out with the clinic settings of that day)
          </Text>
          <List spacing="xs" aria-label="Findings" size="sm">
            {props.signedFindings.map((finding) => (
              <List.Item key={finding}>{finding}</List.Item>
            ))}
          </List>
        </>
      ) : findings.length === 0 ? (
        <Text size="sm" c="dimmed">
          No findings yet. They appear here as tests are recorded.
        </Text>
      ) : (
        <List spacing="xs" aria-label="Findings" listStyleType="none" pl={0}>
          {findings.map((finding) => (
            <List.Item key={describeFinding(finding)}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge
                  color={SEVERITY_COLOURS[finding.severity]}
                  variant="light"
                  size="sm"
                  miw={84}
                  style={{ flexShrink: 0 }}
                >
                  {finding.severity}
                </Badge>
                <Text size="sm">
                  <strong>{finding.title}</strong>: {finding.evidence}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Stack gap={2} mt="md">
        <Text size="sm">
          <strong>Pain (NPRS):</strong> {pain.length > 0 ? pain.join(', ') : 'not recorded'}
        </Text>
        <Text size="sm">
          <strong>LEFS:</strong>{' '}
          {lefs.total === null
            ? `${lefs.answered} of ${LEFS.itemCount} answered`
            : `${lefs.total} / ${LEFS.max}`}
        </Text>
      </Stack>
      <Stack gap="sm" mt="md">
        <OptionSelect
          label="Working diagnosis"
          showLabel
          options={WORKING_DIAGNOSES}
          value={record.diagnosis}
          onChange={(value) =>
            props.onChange({ ...record, diagnosis: value as AssessmentRecord['diagnosis'] })
          }
          disabled={props.disabled}
          emptyLabel="Not decided"
        />
        <NoteField
          label="Diagnosis notes"
          value={record.diagnosisNotes}
          onChange={(diagnosisNotes) => props.onChange({ ...record, diagnosisNotes })}
          disabled={props.disabled}
        />
        <NoteField
          label="Impression"
          minRows={3}
          value={record.impression}
          onChange={(impression) => props.onChange({ ...record, impression })}
          disabled={props.disabled}
        />
      </Stack>
    </Paper>
  );
}
