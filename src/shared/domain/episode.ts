import { z } from 'zod';
import { calendarDateSchema, localToday } from './dates';

/** An episode of care: one complaint, on one side, from when it started. Visits belong to it. */
export const EPISODE_SIDES = ['left', 'right', 'both'] as const;

export const newEpisodeSchema = z.object({
  complaint: z
    .string({ error: 'Describe the complaint' })
    .trim()
    .min(1, 'Describe the complaint')
    .max(200, 'The complaint can be at most 200 characters'),
  side: z.enum(EPISODE_SIDES, { error: 'Pick which hip: left, right or both' }),
  startedOn: calendarDateSchema('Date it started')
    .refine((value) => value <= localToday(), 'The date it started cannot be in the future')
    .nullable(),
});
export type NewEpisode = z.output<typeof newEpisodeSchema>;

export const episodeSchema = newEpisodeSchema.extend({
  id: z.uuid(),
  patientId: z.uuid(),
  createdAt: z.iso.datetime(),
});
export type Episode = z.output<typeof episodeSchema>;
