import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TimelineEpisode, TimelineItem } from '../../../../shared/domain/timeline';
import { describeDate } from '../../format/dates';
import { TimelineItemRow } from './TimelineItemRow';

/** How many items an episode shows before "Show all". */
export const TIMELINE_PAGE = 20;

function itemKey(item: TimelineItem): string {
  switch (item.kind) {
    case 'visit':
      return `visit:${item.assessmentId}`;
    case 'program':
      return `program:${item.programId}:${item.version}`;
    case 'handout':
    case 'email':
      return `${item.kind}:${item.id}`;
  }
}

/** One episode of care: its complaint, then its newest items, all of them on request. */
export function EpisodeTimeline({
  patientId,
  entry,
}: {
  patientId: string;
  entry: TimelineEpisode;
}) {
  const [showAll, setShowAll] = useState(false);
  const { episode, items } = entry;
  const shown = showAll ? items : items.slice(0, TIMELINE_PAGE);
  const side = episode.side === 'both' ? 'both hips' : `${episode.side} hip`;
  const headingId = `episode-${episode.id}`;
  const visits = items.filter((item) => item.kind === 'visit').length;

  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId}>
        {episode.complaint} ({side})
      </Title>
      <Text size="xs" c="dimmed">
        {episode.startedOn ? `Started ${describeDate(episode.startedOn)} · ` : ''}
        {visits} {visits === 1 ? 'visit' : 'visits'}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing recorded yet.
        </Text>
      ) : (
        <ul
          aria-label={`Timeline: ${episode.complaint}`}
          style={{ margin: 0, padding: 0, listStyle: 'none' }}
        >
          {shown.map((item, index) => (
            <TimelineItemRow
              key={itemKey(item)}
              patientId={patientId}
              item={item}
              divided={index > 0}
            />
          ))}
        </ul>
      )}
      {items.length > TIMELINE_PAGE && (
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setShowAll((all) => !all)}
          aria-expanded={showAll}
          style={{ alignSelf: 'flex-start' }}
        >
          {showAll ? `Show the newest ${TIMELINE_PAGE}` : `Show all ${items.length}`}
        </Button>
      )}
    </Stack>
  );
}
