/**
 * When made-up patients come in, for a clinic-scale demo database: how many visits each
 * patient has (most 1-5, a few 100 or more, as a busy clinic sees after ten years) and on
 * which days, grouped into episodes of care. Pure and seeded, so every run makes the same shape.
 */

/** Share of patients in each band of visit counts, before the total is matched exactly. */
const VISIT_BANDS = [
  { share: 0.74, low: 1, high: 5 },
  { share: 0.2, low: 6, high: 30 },
  { share: 0.055, low: 31, high: 99 },
  { share: 0.005, low: 100, high: 220 },
] as const;

const DAY_MS = 86_400_000;

/**
 * A visit count per patient adding up to exactly `totalVisits`: drawn from the bands, then
 * nudged one visit at a time on patients of the middle bands, so the two ends keep their shape.
 */
export function visitCounts(patients: number, totalVisits: number, random: () => number): number[] {
  if (totalVisits < patients) throw new Error('Every patient needs at least one visit.');
  const counts = Array.from({ length: patients }, () => {
    let draw = random();
    for (const band of VISIT_BANDS) {
      if (draw < band.share) return band.low + Math.floor(random() * (band.high - band.low + 1));
      draw -= band.share;
    }
    return 1;
  });
  let difference = totalVisits - counts.reduce((sum, count) => sum + count, 0);
  while (difference !== 0) {
    const index = Math.floor(random() * patients);
    const count = counts[index]!;
    const inMiddle = count > 5 && count < 100;
    if (difference > 0 && (inMiddle || patients * 30 < totalVisits)) {
      counts[index] = count + 1;
      difference--;
    } else if (difference < 0 && inMiddle) {
      counts[index] = count - 1;
      difference++;
    }
  }
  return counts;
}

export interface PatientVisitDays {
  /** Days since 1970-01-01 (UTC), oldest first. */
  days: number[];
  /** For each visit: does it open a new episode of care? */
  newEpisode: boolean[];
}

/**
 * The days of one patient's visits: one to two weeks apart within an episode, months apart
 * between episodes, all within the ten years before `todayDay` where they fit.
 */
export function visitDays(count: number, todayDay: number, random: () => number): PatientVisitDays {
  const gaps: number[] = [0];
  const newEpisode = [true];
  let visitsInEpisode = 1;
  let episodeLength = 3 + Math.floor(random() * 10);
  for (let visit = 1; visit < count; visit++) {
    const opens = visitsInEpisode >= episodeLength;
    gaps.push(opens ? 60 + Math.floor(random() * 300) : 6 + Math.floor(random() * 16));
    newEpisode.push(opens);
    visitsInEpisode = opens ? 1 : visitsInEpisode + 1;
    if (opens) episodeLength = 3 + Math.floor(random() * 10);
  }
  const span = gaps.reduce((sum, gap) => sum + gap, 0);
  const earliest = todayDay - 3652;
  const latestStart = todayDay - span;
  let day =
    latestStart > earliest
      ? earliest + Math.floor(random() * (latestStart - earliest))
      : latestStart;
  const days = gaps.map((gap) => (day += gap));
  return { days, newEpisode };
}

export function dayToIsoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isoDateToDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
