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
  RETURN_TO_RUN_RULES,
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
        {!props.readOnly && !props.blockedReason && (
          <Button
            variant={plan ? 'subtle' : 'light'}
            color={plan ? 'red' : undefined}
            onClick={() => props.onChange(plan ? null : props.suggest())}
          >
            {plan ? 'Remove the plan' : 'Add a return-to-running plan'}
          </Button>
        )}
      </Group>
      {props.blockedReason && (
        <Alert color="red" title="No running while a red flag is positive">
          {props.blockedReason}
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
                            setStage(stage.key, {
                              [field.key]: typeof value === 'number' ? value : Number.NaN,
                            })
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
                weeklyIncreasePercent: typeof value === 'number' ? value : Number.NaN,
              })
            }
          />
          <div>
            <Text fw={600} size="sm">
              Rules that go with the plan
            </Text>
            <List size="sm">
              {RETURN_TO_RUN_RULES.map((rule) => (
                <List.Item key={rule}>{rule}</List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              {PAIN_MONITORING.rule}
            </Text>
          </div>
        </Stack>
      )}
    </Paper>
  );
}
