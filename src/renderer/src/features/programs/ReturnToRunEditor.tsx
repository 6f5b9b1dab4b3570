import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  describeStage,
  PAIN_MONITORING,
  returnToRunRules,
} from '../../../../shared/clinical/return-to-run';
import {
  runStageSchema,
  type ReturnToRunPlan,
  type RunStage,
} from '../../../../shared/domain/program';

const STAGE_NUMBERS: {
  key: 'walkMinutes' | 'runMinutes' | 'repeats' | 'effort' | 'sessions';
  label: string;
}[] = [
  { key: 'walkMinutes', label: 'Walk (min)' },
  { key: 'runMinutes', label: 'Run (min)' },
  { key: 'repeats', label: 'Repeats' },
  { key: 'effort', label: 'Effort (/10)' },
  { key: 'sessions', label: 'Sessions' },
];

/** Removing a plan loses the physio's stage edits, so it asks once more. */
function RemovePlanButton({ onRemove }: { onRemove(): void }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="subtle" color="red" onClick={() => setAsking(true)}>
        Remove the plan
      </Button>
    );
  }
  return (
    <Group gap="xs">
      <Text size="sm">Remove the plan and its stages?</Text>
      <Button size="xs" color="red" onClick={onRemove}>
        Yes, remove it
      </Button>
      <Button size="xs" variant="default" onClick={() => setAsking(false)}>
        Keep it
      </Button>
    </Group>
  );
}

function stageError(stage: RunStage): string | null {
  const parsed = runStageSchema.safeParse(stage);
  return parsed.success ? null : parsed.error.issues[0]!.message;
}

/**
 * The walk-run plan: readiness checks, stages the physio can edit, and the rules that go with
 * them. Not offered while a red flag is positive.
 */
export function ReturnToRunEditor(props: {
  plan: ReturnToRunPlan | null;
  blockedReason: string | null;
  readOnly: boolean;
  suggest(): ReturnToRunPlan | null;
  newKey(): string;
  onChange(plan: ReturnToRunPlan | null): void;
}) {
  const { plan } = props;
  const setStage = (key: string, change: Partial<RunStage>) =>
    plan &&
    props.onChange({
      ...plan,
      stages: plan.stages.map((stage) => (stage.key === key ? { ...stage, ...change } : stage)),
    });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="return-to-run-heading">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="return-to-run-heading">
          Return to running
        </Title>
        {!props.readOnly && plan && <RemovePlanButton onRemove={() => props.onChange(null)} />}
        {!props.readOnly && !plan && !props.blockedReason && (
          <Button variant="light" onClick={() => props.onChange(props.suggest())}>
            Add a return-to-running plan
          </Button>
        )}
      </Group>
      {props.blockedReason && (
        <Alert color="red" title="No running while a red flag is positive">
          {props.blockedReason}
          {plan && ' Remove this plan before saving.'}
        </Alert>
      )}
      {!plan && !props.blockedReason && (
        <Text size="sm" c="dimmed">
          No plan in this program. Add one to give the patient walk-run stages to follow.
        </Text>
      )}
      {plan && (
        <Stack gap="md">
          <div>
            <Text fw={600} size="sm">
              Ready to start when all of these are pain-free (pain 2/10 or less)
            </Text>
            <List size="sm">
              {plan.readiness.map((check) => (
                <List.Item key={check.id}>{check.label}</List.Item>
              ))}
            </List>
          </div>
          <Table striped withTableBorder aria-label="Walk-run stages">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Stage</Table.Th>
                {STAGE_NUMBERS.map((field) => (
                  <Table.Th key={field.key}>{field.label}</Table.Th>
                ))}
                <Table.Th>Note</Table.Th>
                <Table.Th>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.stages.map((stage, index) => {
                const error = stageError(stage);
                return (
                  <Table.Tr key={stage.key}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {index + 1}
                      </Text>
                      <Text size="xs" c={error ? 'red' : 'dimmed'} maw={220}>
                        {error ?? describeStage(stage)}
                      </Text>
                    </Table.Td>
                    {STAGE_NUMBERS.map((field) => (
                      <Table.Td key={field.key}>
                        <NumberInput
                          size="xs"
                          w={72}
                          aria-label={`${field.label}, stage ${index + 1}`}
                          value={stage[field.key]}
                          allowDecimal={false}
                          allowNegative={false}
                          clampBehavior="none"
                          disabled={props.readOnly}
                          onChange={(value) =>
                            // Empty stays empty (null) until the physio types; the schema names it.
                            setStage(stage.key, {
                              [field.key]: typeof value === 'number' ? value : null,
                            } as unknown as Partial<RunStage>)
                          }
                        />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`Note, stage ${index + 1}`}
                        value={stage.note ?? ''}
                        maxLength={300}
                        disabled={props.readOnly}
                        onChange={(event) =>
                          setStage(stage.key, { note: event.currentTarget.value || null })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      {!props.readOnly && plan.stages.length > 1 && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={`Remove stage ${index + 1}`}
                          onClick={() =>
                            props.onChange({
                              ...plan,
                              stages: plan.stages.filter((entry) => entry.key !== stage.key),
                            })
                          }
                        >
                          Remove
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {!props.readOnly && plan.stages.length < 20 && (
            <Button
              variant="default"
              size="xs"
              w="fit-content"
              onClick={() => {
                const last = plan.stages.at(-1)!;
                props.onChange({
                  ...plan,
                  stages: [...plan.stages, { ...last, key: props.newKey(), note: null }],
                });
              }}
            >
              Add a stage
            </Button>
          )}
          <NumberInput
            label="Weekly increase once running continuously (%)"
            w={320}
            min={5}
            max={10}
            allowDecimal={false}
            clampBehavior="none"
            value={plan.weeklyIncreasePercent}
            disabled={props.readOnly}
            onChange={(value) =>
              props.onChange({
                ...plan,
                weeklyIncreasePercent: (typeof value === 'number' ? value : null) as number,
              })
            }
          />
          <div>
            <Text fw={600} size="sm">
              Rules that go with the plan
            </Text>
            <List size="sm">
              {returnToRunRules(plan.weeklyIncreasePercent).map((rule) => (
                <List.Item key={rule}>{rule}</List.Item>
              ))}
            </List>
            <Table withTableBorder mt="xs" maw={520} aria-label="How much pain is OK">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Pain (0-10)</Table.Th>
                  <Table.Th>What it means</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {PAIN_MONITORING.zones.map((zone) => (
                  <Table.Tr key={zone.range}>
                    <Table.Td>{zone.range}</Table.Td>
                    <Table.Td>{zone.meaning}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm" mt="xs">
              {PAIN_MONITORING.rule}
            </Text>
          </div>
        </Stack>
      )}
    </Paper>
  );
}
