import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ProgramChange, ProgramComparison } from '../../../../shared/clinical/program-diff';

const GROUPS = [
  { key: 'added', title: 'Added', color: 'teal' },
  { key: 'removed', title: 'Removed', color: 'red' },
  { key: 'changed', title: 'Changed', color: 'blue' },
  { key: 'moved', title: 'Order', color: 'gray' },
] as const;

function ChangeEntry({ change }: { change: ProgramChange }) {
  return (
    <List.Item>
      <Text size="sm" fw={600} span>
        {/* A protocol's name could pass for an exercise's; stages and the title say what they are. */}
        {change.topic === 'protocol' ? 'Protocol: ' : ''}
        {change.subject}
      </Text>
      {change.details.length > 0 && (
        <List size="sm" withPadding listStyleType="disc">
          {change.details.map((detail) => (
            <List.Item key={detail}>{detail}</List.Item>
          ))}
        </List>
      )}
    </List.Item>
  );
}

/**
 * What changed between two versions, grouped as a physio reviews it: what is new, what was
 * dropped, what was adjusted, and what moved in the list. Empty groups are left out.
 */
export function VersionChanges({ comparison }: { comparison: ProgramComparison }) {
  if (comparison.count === 0) {
    return (
      <Text size="sm" c="dimmed">
        No changes: the exercises, their dosage, the protocols and the walk-run plan are the same in
        both versions.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {GROUPS.filter((group) => comparison[group.key].length > 0).map((group) => {
        const id = `version-changes-${group.key}`;
        return (
          <section key={group.key} aria-labelledby={id}>
            <Group gap="xs" mb={4}>
              <Title order={4} size="h6" id={id}>
                {group.title}
              </Title>
              <Badge size="xs" variant="light" color={group.color} aria-hidden>
                {comparison[group.key].length}
              </Badge>
            </Group>
            <List size="sm" spacing={4} listStyleType="none">
              {comparison[group.key].map((change, index) => (
                <ChangeEntry key={`${change.topic}:${change.subject}:${index}`} change={change} />
              ))}
            </List>
          </section>
        );
      })}
    </Stack>
  );
}
