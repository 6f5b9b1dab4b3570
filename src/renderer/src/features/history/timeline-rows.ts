import type { TimelineEpisode, TimelineItem } from '../../../../shared/domain/timeline';

/**
 * The timeline as one flat list of rows, as the virtual list scrolls it: each episode's heading,
 * then its items (or a "nothing yet" line). Every row knows where its episode's heading is, so
 * the heading can stay in the page (it names the episode's list) while its items are scrolled.
 */
export type TimelineRow =
  | { kind: 'episode'; key: string; episodeIndex: number; headingRow: number }
  | {
      kind: 'item';
      key: string;
      episodeIndex: number;
      headingRow: number;
      item: TimelineItem;
      /** 1-based place in the episode's list, and how many items it has: read out by screen readers. */
      position: number;
      setSize: number;
    }
  | { kind: 'nothing-yet'; key: string; episodeIndex: number; headingRow: number };

/** Stable across reloads of the timeline, so rows keep their measured height. */
export function itemKey(item: TimelineItem): string {
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

export function timelineRows(episodes: TimelineEpisode[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  episodes.forEach(({ episode, items }, episodeIndex) => {
    const headingRow = rows.length;
    rows.push({ kind: 'episode', key: `episode:${episode.id}`, episodeIndex, headingRow });
    if (items.length === 0) {
      rows.push({ kind: 'nothing-yet', key: `empty:${episode.id}`, episodeIndex, headingRow });
    }
    items.forEach((item, index) => {
      rows.push({
        kind: 'item',
        key: itemKey(item),
        episodeIndex,
        headingRow,
        item,
        position: index + 1,
        setSize: items.length,
      });
    });
  });
  return rows;
}

/**
 * Which rows to put in the page: the ones in view (with a margin), each shown episode's heading,
 * and the row holding the keyboard focus with its neighbours: focus is not lost when that row
 * scrolls out of view, and Tab or Shift+Tab still go on to the next or previous row from there.
 */
export function rowsToRender(
  rows: TimelineRow[],
  inView: number[],
  focusedRow: number | null,
): number[] {
  const chosen = new Set<number>();
  const add = (index: number) => {
    const row = rows[index];
    if (!row) return;
    chosen.add(index);
    chosen.add(row.headingRow);
  };
  inView.forEach(add);
  if (focusedRow !== null) [focusedRow - 1, focusedRow, focusedRow + 1].forEach(add);
  return [...chosen].sort((a, b) => a - b);
}

/** Rendered rows by episode, in order, so each episode's rows sit in one labelled list. */
export function groupByEpisode(
  rows: TimelineRow[],
  indexes: number[],
): { episodeIndex: number; indexes: number[] }[] {
  const groups: { episodeIndex: number; indexes: number[] }[] = [];
  for (const index of indexes) {
    const row = rows[index];
    if (!row) continue;
    const last = groups.at(-1);
    if (last && last.episodeIndex === row.episodeIndex) last.indexes.push(index);
    else groups.push({ episodeIndex: row.episodeIndex, indexes: [index] });
  }
  return groups;
}

/**
 * A first guess at a row's height in pixels, until it is measured on screen (numbers taken from
 * the rows as drawn): close guesses keep the scroll bar from jumping while rows are measured.
 */
export function estimatedRowHeight(row: TimelineRow | undefined): number {
  if (!row) return 34;
  switch (row.kind) {
    case 'episode':
      // Later episodes' headings have a dividing line and space above them.
      return row.episodeIndex === 0 ? 53 : 80;
    case 'nothing-yet':
      return 34;
    case 'item':
      return row.item.kind === 'visit' ? 34 + 22 * row.item.findings.length : 34;
  }
}
