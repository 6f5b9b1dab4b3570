import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { describeDateTime } from '../../format/dates';
import type { AssessmentVersion } from '../../../../shared/domain/assessment';

/** Every signed version: the original at finalising and each amendment, each still readable. */
export function VersionHistory(props: {
  versions: AssessmentVersion[];
  viewing: number | null;
  onView(version: AssessmentVersion | null): void;
}) {
  if (props.versions.length === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="versions-heading">
      <Title order={3} id="versions-heading" mb="sm">
        Signed versions
      </Title>
      <Stack gap="md">
        {props.versions.map((version) => (
          <div key={version.version}>
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={600} size="sm">
                  {version.kind === 'finalised' ? 'Original' : `Amendment ${version.version - 1}`} —
                  signed by {version.signedBy}, {describeDateTime(version.signedAt)}
                </Text>
                {version.reason && (
                  <Text size="sm" c="dimmed">
                    Reason: {version.reason}
                  </Text>
                )}
              </div>
              <Button
                size="xs"
                variant="light"
                onClick={() => props.onView(props.viewing === version.version ? null : version)}
              >
                {props.viewing === version.version
                  ? 'Back to current'
                  : `View version ${version.version}`}
              </Button>
            </Group>
            <List size="sm" mt={4}>
              {version.findings.map((finding) => (
                <List.Item key={finding}>{finding}</List.Item>
              ))}
            </List>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
