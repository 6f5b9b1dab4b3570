import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { ProtocolMatch } from '../../../../shared/clinical/protocol-matching';
import type { ChosenProtocol } from '../../../../shared/domain/program';

/**
 * The protocols that match this patient's findings, best first, each with the findings (and
 * numbers) behind it. The physio ticks the ones to use and the phase to start in.
 */
export function SuggestionsPanel(props: {
  match: ProtocolMatch;
  alreadyChosen: Set<string>;
  readOnly: boolean;
  onUse(chosen: ChosenProtocol[]): void;
}) {
  const { match } = props;
  const [picked, setPicked] = useState<Record<string, number | undefined>>({});
  const chosen = match.suggestions
    .filter((suggestion) => picked[suggestion.protocol.id] !== undefined)
    .map((suggestion) => ({
      protocolId: suggestion.protocol.id,
      phase: picked[suggestion.protocol.id]!,
      emphasisSide: suggestion.emphasisSide,
    }));

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="suggestions-heading">
      <Title order={3} size="h4" id="suggestions-heading" mb="sm">
        Suggested protocols
      </Title>
      {match.redFlagNotice && (
        <Alert color="red" title="Red flag" mb="sm">
          {match.redFlagNotice}
        </Alert>
      )}
      {match.suggestions.length === 0 ? (
        <Text c="dimmed" size="sm">
          No protocol matches the findings of this assessment. Add exercises from the library.
        </Text>
      ) : (
        <Stack gap="sm" component="ol" p={0} m={0}>
          {match.suggestions.map((suggestion, rank) => {
            const id = suggestion.protocol.id;
            const used = props.alreadyChosen.has(id);
            const phase = picked[id];
            return (
              <Paper key={id} withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
                <Checkbox
                  label={
                    <Text fw={600} span>
                      {rank + 1}. {suggestion.protocol.name}
                    </Text>
                  }
                  description={suggestion.protocol.purpose}
                  checked={phase !== undefined || used}
                  disabled={used || props.readOnly}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    setPicked((current) => ({
                      ...current,
                      [id]: on ? suggestion.startPhase : undefined,
                    }));
                  }}
                />
                {(used || suggestion.emphasisSide) && (
                  <Group gap={4} mt={6} ml="xl">
                    {used && (
                      <Badge color="teal" size="sm">
                        In the program
                      </Badge>
                    )}
                    {suggestion.emphasisSide && (
                      <Badge variant="light" color="orange" size="sm">
                        {suggestion.emphasisSide} emphasis
                      </Badge>
                    )}
                  </Group>
                )}
                <List size="sm" mt={6} ml="xl" aria-label={`Why ${suggestion.protocol.name}`}>
                  {suggestion.reasons.map((reason) => (
                    <List.Item key={reason}>{reason}</List.Item>
                  ))}
                </List>
                {phase !== undefined && (
                  <NativeSelect
                    ml="xl"
                    mt="xs"
                    size="xs"
                    w={320}
                    label={`Start ${suggestion.protocol.name} at`}
                    value={String(phase)}
                    data={suggestion.protocol.phases.map((entry, index) => ({
                      value: String(index),
                      label: `Phase ${index + 1}: ${entry.name}`,
                    }))}
                    onChange={(event) =>
                      setPicked((current) => ({
                        ...current,
                        [id]: Number(event.currentTarget.value),
                      }))
                    }
                  />
                )}
              </Paper>
            );
          })}
        </Stack>
      )}
      {match.withheld.length > 0 && (
        <Stack gap={4} mt="sm" aria-label="Withheld protocols">
          {match.withheld.map((entry) => (
            <Text key={entry.protocol.id} size="sm" c="red.8">
              <strong>{entry.protocol.name}</strong>: {entry.reason}
            </Text>
          ))}
        </Stack>
      )}
      {!props.readOnly && match.suggestions.length > 0 && (
        <Button
          mt="md"
          disabled={chosen.length === 0}
          onClick={() => {
            props.onUse(chosen);
            setPicked({});
          }}
        >
          Add chosen protocols to the program
        </Button>
      )}
    </Paper>
  );
}
