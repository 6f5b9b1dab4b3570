import { Group, Paper, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/**
 * A bordered part of a page with its own heading. The heading names the section, so screen
 * reader users can jump between sections (it is a landmark region) and tests find it by name.
 */
export function Section({
  title,
  headingId,
  description,
  actions,
  children,
}: {
  title: ReactNode;
  /** For when something else points at the heading too; one is made up otherwise. */
  headingId?: string;
  /** A short line under the heading, e.g. what is and is not included. */
  description?: ReactNode;
  /** Buttons on the right of the heading. */
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const generatedId = useId();
  const id = headingId ?? generatedId;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="flex-start" mb={description ? 'xs' : 'md'}>
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {description && (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}
