import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { findProtocol } from '../../../../shared/clinical/catalogue/protocols';
import type { ChosenProtocol } from '../../../../shared/domain/program';

/** The protocols in the program, with the phase each starts in; each can be taken out again. */
export function ChosenProtocols(props: {
  chosen: ChosenProtocol[];
  readOnly: boolean;
  onRemove(protocolId: string): void;
}) {
  if (props.chosen.length === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="chosen-heading">
      <Title order={3} size="h4" id="chosen-heading" mb="sm">
        Protocols in this program
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0}>
        {props.chosen.map((entry) => {
          const protocol = findProtocol(entry.protocolId);
          const name = protocol?.name ?? 'A protocol no longer in the library';
          const phase = protocol?.phases[entry.phase];
          return (
            <Group
              key={entry.protocolId}
              component="li"
              justify="space-between"
              wrap="nowrap"
              style={{ listStyle: 'none' }}
            >
              <div>
                <Text size="sm" fw={600}>
                  {name}
                </Text>
                <Text size="xs" c="dimmed">
                  {phase ? `Phase ${entry.phase + 1}: ${phase.name}` : 'Unknown phase'}
                  {entry.emphasisSide ? `, ${entry.emphasisSide} emphasis` : ''}
                </Text>
              </div>
              {!props.readOnly && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  aria-label={`Take ${name} out of the program`}
                  onClick={() => props.onRemove(entry.protocolId)}
                >
                  Take out
                </Button>
              )}
            </Group>
          );
        })}
      </Stack>
      <Text size="xs" c="dimmed" mt="xs">
        Taking a protocol out also removes the exercises that came only from it.
      </Text>
    </Paper>
  );
}
