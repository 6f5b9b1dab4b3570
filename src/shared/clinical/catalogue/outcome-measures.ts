/**
 * Outcome measures the app may ship. NPRS is public; the LEFS is free to use with its
 * citation (Binkley 1999). HOOS, iHOT-12 and VISA-G are licensed and are not included.
 * Item wording here is the app's own short description of each LEFS activity.
 */

export const PAIN_SCORES = [
  { id: 'painNow', label: 'Pain now' },
  { id: 'painWorst', label: 'Worst pain in the last week' },
  { id: 'painDuringRun', label: 'Pain during a run' },
  { id: 'painNextMorning', label: 'Pain the morning after a run' },
] as const;
export type PainScoreId = (typeof PAIN_SCORES)[number]['id'];

export const NPRS = {
  id: 'nprs',
  name: 'Numeric pain rating (NPRS)',
  min: 0,
  max: 10,
  /** Higher is worse. About 2 points (or 30%) is a change that matters. */
  meaningfulChange: 2,
} as const;

export const LEFS_ITEMS = [
  'Your usual work, study or jobs at home',
  'Your usual hobbies, leisure or sport',
  'Getting into or out of a bath',
  'Walking from one room to another',
  'Putting on socks or shoes',
  'Squatting down',
  'Lifting something like a shopping bag off the floor',
  'Light jobs around the home',
  'Heavy jobs around the home',
  'Getting into or out of a car',
  'Walking two blocks',
  'Walking about a mile (1.6 km)',
  'Going up or down a flight of about ten stairs',
  'Standing for an hour',
  'Sitting for an hour',
  'Running on flat ground',
  'Running on uneven ground',
  'Turning sharply while running fast',
  'Hopping',
  'Rolling over in bed',
] as const;

export const LEFS_ANSWERS = [
  { value: 0, label: 'Unable, or extreme difficulty' },
  { value: 1, label: 'A lot of difficulty' },
  { value: 2, label: 'Moderate difficulty' },
  { value: 3, label: 'A little difficulty' },
  { value: 4, label: 'No difficulty' },
] as const;

export const LEFS = {
  id: 'lefs',
  name: 'Lower Extremity Functional Scale (LEFS)',
  source: 'Binkley 1999',
  itemCount: LEFS_ITEMS.length,
  max: LEFS_ITEMS.length * 4,
  /** Higher is better. 9 points is a change that matters. */
  meaningfulChange: 9,
} as const;
