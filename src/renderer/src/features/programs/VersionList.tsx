import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Program } from '../../../../shared/domain/program';
import { describeDateTime } from '../../format/dates';

/**
 * Every saved version: open it, make or email its handout as it was, or see what changed in
 * it (all but the first).
 */
export function VersionList({
  program,
  viewing,
  onShowChanges,
}: {
  program: Program;
  viewing: number;
  onShowChanges(version: number): void;
}) {
  const first = Math.min(...program.versions.map((version) => version.version));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="versions-heading">
      <Title order={3} size="h4" id="versions-heading" mb="sm">
        Saved versions
      </Title>
      <Stack gap={4} component="ol" p={0} m={0}>
        {program.versions.map((version) => (
          <Group key={version.version} component="li" gap="xs" style={{ listStyle: 'none' }}>
            {version.version === viewing ? (
              <Text size="sm" fw={700} aria-current="true">
                Version {version.version}
              </Text>
            ) : (
              <Anchor
                component={Link}
                size="sm"
                to={version.version === program.latestVersion ? '?' : `?version=${version.version}`}
              >
                Version {version.version}
              </Anchor>
            )}
            <Text size="xs" c="dimmed">
              {describeDateTime(version.savedAt)}, {version.savedBy}
            </Text>
            {version.version === program.latestVersion && (
              <Badge size="xs" variant="light">
                latest
              </Badge>
            )}
            <Anchor
              component={Link}
              size="xs"
              to={`handout?version=${version.version}`}
              relative="path"
              aria-label={`Handout (PDF) of version ${version.version}`}
            >
              Handout (PDF)
            </Anchor>
            <Anchor
              component={Link}
              size="xs"
              to={`handout?version=${version.version}&email=1`}
              relative="path"
              aria-label={`Email to patient: version ${version.version}`}
            >
              Email to patient
            </Anchor>
            {version.version !== first && (
              <Anchor
                component="button"
                type="button"
                size="xs"
                aria-label={`What changed in version ${version.version}`}
                onClick={() => onShowChanges(version.version)}
              >
                What changed
              </Anchor>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
