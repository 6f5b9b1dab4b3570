import { Box, Divider, Text, Title } from '@mantine/core';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { HTMLAttributes, ReactNode } from 'react';
import type { Episode } from '../../../../shared/domain/episode';
import type { TimelineEpisode } from '../../../../shared/domain/timeline';
import { describeDate } from '../../format/dates';
import type { TimelineRow } from './timeline-rows';
import { TimelineItemRow } from './TimelineItemRow';

/** "Outer hip pain on long runs (left hip)". */
export function episodeTitle(episode: Episode): string {
  const side = episode.side === 'both' ? 'both hips' : `${episode.side} hip`;
  return `${episode.complaint} (${side})`;
}

type Measure = (node: HTMLDivElement | null) => void;

/**
 * A row where the virtual list puts it. Its height is measured once it is on screen, because
 * visits with many findings are taller than the rest.
 */
function PlacedRow({
  place,
  measure,
  children,
  ...attributes
}: { place: VirtualItem; measure: Measure; children: ReactNode } & HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      {...attributes}
      ref={measure}
      data-index={place.index}
      style={{
        position: 'absolute',
        top: 0,
        left: 0,
        width: '100%',
        transform: `translateY(${place.start}px)`,
      }}
    >
      {children}
    </div>
  );
}

function EpisodeHeading({ entry, first }: { entry: TimelineEpisode; first: boolean }) {
  const { episode, items } = entry;
  const visits = items.filter((item) => item.kind === 'visit').length;
  return (
    <Box pt={first ? 6 : 'md'} pb={6}>
      {!first && <Divider mb="md" />}
      <Title order={4} size="h5" id={`episode-${episode.id}`}>
        {episodeTitle(episode)}
      </Title>
      <Text size="xs" c="dimmed">
        {episode.startedOn ? `Started ${describeDate(episode.startedOn)} · ` : ''}
        {visits} {visits === 1 ? 'visit' : 'visits'}
      </Text>
    </Box>
  );
}

/**
 * One episode of care within the scrolling timeline: its heading, then those of its items that
 * are near the view. The list says how many items the episode has and where each one stands, so
 * a screen reader announces "12 of 120" although only a few are in the page.
 */
export function EpisodeTimeline({
  patientId,
  entry,
  rows,
  placed,
  measure,
}: {
  patientId: string;
  entry: TimelineEpisode;
  /** The whole timeline, flat. */
  rows: TimelineRow[];
  /** This episode's rows that are in the page, with where they go. */
  placed: VirtualItem[];
  measure: Measure;
}) {
  const { episode } = entry;
  const withRow = placed.flatMap((place) => {
    const row = rows[place.index];
    return row ? [{ place, row }] : [];
  });
  const heading = withRow.find(({ row }) => row.kind === 'episode');
  const items = withRow.flatMap(({ place, row }) => (row.kind === 'item' ? [{ place, row }] : []));
  const nothingYet = withRow.find(({ row }) => row.kind === 'nothing-yet');

  return (
    <section aria-labelledby={`episode-${episode.id}`}>
      {heading && (
        <PlacedRow place={heading.place} measure={measure}>
          <EpisodeHeading entry={entry} first={heading.row.episodeIndex === 0} />
        </PlacedRow>
      )}
      {nothingYet && (
        <PlacedRow place={nothingYet.place} measure={measure}>
          <Text size="sm" c="dimmed" py={6}>
            Nothing recorded yet.
          </Text>
        </PlacedRow>
      )}
      {items.length > 0 && (
        <div role="list" aria-label={`Timeline: ${episode.complaint}`}>
          {items.map(({ place, row }) => (
            <PlacedRow
              key={row.key}
              place={place}
              measure={measure}
              role="listitem"
              aria-setsize={row.setSize}
              aria-posinset={row.position}
            >
              {/* The row is an <li>; this list only holds it and is hidden from screen readers,
                  which hear the surrounding list with each item's place in it instead. */}
              <ul role="presentation" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
                <TimelineItemRow patientId={patientId} item={row.item} divided={row.position > 1} />
              </ul>
            </PlacedRow>
          ))}
        </div>
      )}
    </section>
  );
}
