import { Text } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { TimelineEpisode } from '../../../../shared/domain/timeline';
import { EpisodeTimeline, episodeTitle } from './EpisodeTimeline';
import { estimatedRowHeight, groupByEpisode, rowsToRender, timelineRows } from './timeline-rows';

/** Room for the episode name pinned at the top, so a focused row never hides under it. */
const PINNED_HEIGHT = 34;

/** The row (by key) that an element inside the list belongs to. */
function rowKeyOf(element: EventTarget | null, rows: { key: string }[]): string | null {
  if (!(element instanceof Element)) return null;
  const index = Number(element.closest('[data-index]')?.getAttribute('data-index'));
  return Number.isInteger(index) ? (rows[index]?.key ?? null) : null;
}

/**
 * The whole timeline in one scrolling box that only puts the rows near the view in the page,
 * so a patient with hundreds of visits opens as quickly as one with three. The box takes the
 * keyboard focus (arrow keys, Page Down, End scroll it), and tabbing from link to link scrolls
 * it along, because the rows just out of view are already in the page.
 */
export function VirtualTimeline({
  patientId,
  episodes,
}: {
  patientId: string;
  episodes: TimelineEpisode[];
}) {
  const rows = useMemo(() => timelineRows(episodes), [episodes]);
  const scrollBox = useRef<HTMLDivElement>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focusedRow = focusedKey === null ? -1 : rows.findIndex((row) => row.key === focusedKey);

  // The virtualizer re-renders this component itself on every scroll; nothing here is memoised
  // by a compiler (the app does not use the React Compiler), so its functions never go stale.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollBox.current,
    estimateSize: (index) => estimatedRowHeight(rows[index]),
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
    rangeExtractor: (range) =>
      rowsToRender(rows, defaultRangeExtractor(range), focusedRow < 0 ? null : focusedRow),
    // Rows are measured while React commits them; re-rendering synchronously from there can
    // make React 19 warn (flushSync inside a lifecycle method). The next frame is soon enough.
    useFlushSync: false,
  });

  const placed = virtualizer.getVirtualItems();
  const groups = groupByEpisode(
    rows,
    placed.map((place) => place.index),
  );
  const placeOf = new Map(placed.map((place) => [place.index, place]));

  // Once the episode's own heading has scrolled away, its name stays pinned at the top.
  const top = virtualizer.getVirtualItemForOffset(virtualizer.scrollOffset ?? 0);
  const topRow = top ? rows[top.index] : undefined;
  const pinned = topRow && topRow.kind !== 'episode' ? episodes[topRow.episodeIndex] : undefined;

  const onFocus = (event: FocusEvent<HTMLDivElement>) =>
    setFocusedKey(rowKeyOf(event.target, rows));
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedKey(null);
  };
  // The browser animates Home and End, and stops short when rows measured on arrival change
  // the list's height mid-way; the virtual list goes to the first or last row exactly.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'End') virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
    else if (event.key === 'Home') virtualizer.scrollToOffset(0);
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={scrollBox}
      role="region"
      aria-label="Visits, programs, handouts and emails, newest first"
      tabIndex={0}
      onFocus={onFocus}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
      style={{
        maxHeight: 'min(70vh, 640px)',
        overflowY: 'auto',
        scrollPaddingTop: PINNED_HEIGHT,
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 'var(--mantine-radius-sm)',
        paddingInline: 'var(--mantine-spacing-sm)',
      }}
    >
      <div style={{ position: 'sticky', top: 0, height: 0, zIndex: 1 }}>
        {pinned && (
          <Text
            aria-hidden
            size="sm"
            fw={600}
            py={6}
            h={PINNED_HEIGHT}
            truncate
            style={{
              background: 'var(--mantine-color-body)',
              borderBottom: '1px solid var(--mantine-color-gray-3)',
              // Across the box's side padding too, so rows do not show at its ends.
              marginInline: 'calc(-1 * var(--mantine-spacing-sm))',
              paddingInline: 'var(--mantine-spacing-sm)',
            }}
          >
            {episodeTitle(pinned.episode)}
          </Text>
        )}
      </div>
      <div style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
        {groups.map((group) => {
          const entry = episodes[group.episodeIndex];
          if (!entry) return null;
          return (
            <EpisodeTimeline
              key={entry.episode.id}
              patientId={patientId}
              entry={entry}
              rows={rows}
              placed={group.indexes.flatMap((index) => placeOf.get(index) ?? [])}
              measure={virtualizer.measureElement}
            />
          );
        })}
      </div>
    </div>
  );
}
