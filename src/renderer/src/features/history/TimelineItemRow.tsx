import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TimelineItem } from '../../../../shared/domain/timeline';
import { describeDate, describeDateTime } from '../../format/dates';

const HANDOUT_WORDS = { saved: 'saved', downloaded: 'downloaded', printed: 'printed' } as const;
const EMAIL_WORDS = {
  queued: 'queued',
  sending: 'sending',
  sent: 'sent',
  failed: 'failed',
  unknown: 'may have been sent',
} as const;
const EMAIL_COLOURS = {
  queued: 'gray',
  sending: 'blue',
  sent: 'teal',
  failed: 'red',
  unknown: 'orange',
} as const;

/** A visit's calendar date, or when the rest happened (with the time). */
export function describeWhen(at: string): string {
  return at.includes('T') ? describeDateTime(at) : describeDate(at);
}

/** Where an item leads: the visit, the program version, or that version's handout. */
export function timelineItemLink(patientId: string, item: TimelineItem): string {
  const patient = `/patients/${patientId}`;
  switch (item.kind) {
    case 'visit':
      return `${patient}/assessments/${item.assessmentId}`;
    case 'program':
      return `${patient}/programs/${item.programId}?version=${item.version}`;
    case 'handout':
    case 'email':
      return `${patient}/programs/${item.programId}/handout?version=${item.programVersion}`;
  }
}

function Kind({ label, color }: { label: string; color: string }) {
  return (
    <Badge variant="light" color={color} w={92} style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}

/** One line of the timeline: what it was, when, and a link to open it. */
export function TimelineItemRow({
  patientId,
  item,
  divided,
}: {
  patientId: string;
  item: TimelineItem;
  /** A dotted line above, between items. */
  divided: boolean;
}) {
  const to = timelineItemLink(patientId, item);
  const when = describeWhen(item.at);
  return (
    <Group
      component="li"
      gap="sm"
      align="flex-start"
      wrap="nowrap"
      py={6}
      style={divided ? { borderTop: '1px dotted var(--mantine-color-gray-4)' } : undefined}
    >
      <Text size="sm" c="dimmed" w={140} style={{ flexShrink: 0 }}>
        {when}
      </Text>
      {item.kind === 'visit' && (
        <>
          <Kind label="Visit" color="teal" />
          <Stack gap={2}>
            <Group gap="xs">
              <Anchor component={Link} to={to} size="sm" fw={600}>
                Visit of {describeDate(item.at)}
              </Anchor>
              {item.status === 'draft' ? (
                <Badge color="orange" variant="outline" size="sm">
                  Draft
                </Badge>
              ) : (
                <Badge color="teal" variant="outline" size="sm">
                  Finalised
                </Badge>
              )}
            </Group>
            {item.findings.length > 0 && (
              <List size="sm" spacing={0} aria-label={`Findings of ${describeDate(item.at)}`}>
                {item.findings.map((finding) => (
                  <List.Item key={finding}>{finding}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </>
      )}
      {item.kind === 'program' && (
        <>
          <Kind label="Program" color="blue" />
          <Text size="sm">
            <Anchor component={Link} to={to} fw={600}>
              {item.title}, version {item.version}
            </Anchor>{' '}
            saved by {item.savedBy} ·{' '}
            {/* Any version can be given again exactly as it was: made, printed or emailed. */}
            <Anchor
              component={Link}
              to={`/patients/${patientId}/programs/${item.programId}/handout?version=${item.version}`}
              aria-label={`Handout of version ${item.version} (${item.title})`}
            >
              Handout
            </Anchor>{' '}
            ·{' '}
            <Anchor
              component={Link}
              to={`/patients/${patientId}/programs/${item.programId}/handout?version=${item.version}&email=1`}
              aria-label={`Email version ${item.version} to the patient (${item.title})`}
            >
              Email
            </Anchor>
          </Text>
        </>
      )}
      {item.kind === 'handout' && (
        <>
          <Kind label="Handout" color="grape" />
          <Text size="sm">
            <Anchor component={Link} to={to} fw={600}>
              {item.fileName}
            </Anchor>{' '}
            {HANDOUT_WORDS[item.action]} (program version {item.programVersion})
          </Text>
        </>
      )}
      {item.kind === 'email' && (
        <>
          <Kind label="Email" color="indigo" />
          <Group gap="xs">
            <Text size="sm">
              <Anchor component={Link} to={to} fw={600}>
                Handout emailed to {item.to}
              </Anchor>{' '}
              (program version {item.programVersion})
            </Text>
            <Badge color={EMAIL_COLOURS[item.state]} variant="outline" size="sm">
              {EMAIL_WORDS[item.state]}
            </Badge>
          </Group>
        </>
      )}
    </Group>
  );
}
