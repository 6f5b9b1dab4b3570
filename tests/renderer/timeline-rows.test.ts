import { describe, expect, it } from 'vitest';
import type { TimelineEpisode, TimelineItem } from '../../src/shared/domain/timeline';
import {
  estimatedRowHeight,
  groupByEpisode,
  rowsToRender,
  timelineRows,
} from '../../src/renderer/src/features/history/timeline-rows';

const visit = (n: number, findings: string[] = []): TimelineItem => ({
  kind: 'visit',
  at: `2026-01-${String(n).padStart(2, '0')}`,
  assessmentId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  status: 'final',
  findings,
});

const episode = (id: number, items: TimelineItem[]): TimelineEpisode => ({
  episode: {
    id: `10000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    patientId: '20000000-0000-4000-8000-000000000000',
    complaint: `Complaint ${id}`,
    side: 'left',
    startedOn: null,
    createdAt: '2026-01-01T09:00:00.000Z',
  },
  items,
});

// Rows: 0 heading A, 1-3 A's visits, 4 heading B, 5 "nothing yet", 6 heading C, 7-8 C's visits.
const episodes = [
  episode(1, [visit(3, ['Weak left hip abductors']), visit(2), visit(1)]),
  episode(2, []),
  episode(3, [visit(5), visit(4)]),
];
const rows = timelineRows(episodes);

describe('the timeline as rows', () => {
  it('puts each episode heading before its items, with each item placed in its episode', () => {
    expect(rows.map((row) => row.kind)).toEqual([
      'episode',
      'item',
      'item',
      'item',
      'episode',
      'nothing-yet',
      'episode',
      'item',
      'item',
    ]);
    expect(
      rows.flatMap((row) => (row.kind === 'item' ? [`${row.position}/${row.setSize}`] : [])),
    ).toEqual(['1/3', '2/3', '3/3', '1/2', '2/2']);
    expect(rows.map((row) => row.headingRow)).toEqual([0, 0, 0, 0, 4, 4, 6, 6, 6]);
  });

  it('gives every row its own key, stable when the timeline is loaded again', () => {
    const keys = rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(timelineRows(structuredClone(episodes)).map((row) => row.key)).toEqual(keys);
  });
});

describe('which rows go in the page', () => {
  it('adds the heading of each episode in view, even when it is scrolled away', () => {
    expect(rowsToRender(rows, [2, 3], null)).toEqual([0, 2, 3]);
    expect(rowsToRender(rows, [3, 4, 5, 6, 7], null)).toEqual([0, 3, 4, 5, 6, 7]);
  });

  it('keeps the focused row and its neighbours, so Tab goes on from there', () => {
    expect(rowsToRender(rows, [7, 8], 2)).toEqual([0, 1, 2, 3, 6, 7, 8]);
    // At either end there is no neighbour to add.
    expect(rowsToRender(rows, [0, 1], 8)).toEqual([0, 1, 6, 7, 8]);
  });

  it('groups the rows in the page by episode, in order', () => {
    expect(groupByEpisode(rows, [0, 2, 3, 4, 5, 6, 7])).toEqual([
      { episodeIndex: 0, indexes: [0, 2, 3] },
      { episodeIndex: 1, indexes: [4, 5] },
      { episodeIndex: 2, indexes: [6, 7] },
    ]);
  });
});

describe('a row height before it is measured', () => {
  it('is taller for a visit with findings and for a heading with a line above', () => {
    const [firstHeading, withFinding, withoutFinding, , laterHeading] = rows;
    expect(estimatedRowHeight(withFinding)).toBeGreaterThan(estimatedRowHeight(withoutFinding));
    expect(estimatedRowHeight(laterHeading)).toBeGreaterThan(estimatedRowHeight(firstHeading));
  });
});
