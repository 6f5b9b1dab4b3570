import { z } from 'zod';
import { episodeSchema } from './episode';
import { HANDOUT_ACTIONS } from './handout';
import { EMAIL_STATES } from './mail';

/**
 * The patient's history at a glance: every visit, program version, handout given and email,
 * newest first, grouped by episode of care. `at` is a visit's date, or when the rest happened.
 */
export const timelineItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('visit'),
    at: z.string(),
    assessmentId: z.uuid(),
    status: z.enum(['draft', 'final']),
    /** The findings as signed (the latest signed version); none for a draft. */
    findings: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('program'),
    at: z.string(),
    programId: z.uuid(),
    version: z.number().int(),
    title: z.string(),
    savedBy: z.string(),
  }),
  z.object({
    kind: z.literal('handout'),
    at: z.string(),
    id: z.uuid(),
    programId: z.uuid(),
    programVersion: z.number().int(),
    action: z.enum(HANDOUT_ACTIONS),
    fileName: z.string(),
  }),
  z.object({
    kind: z.literal('email'),
    at: z.string(),
    id: z.uuid(),
    programId: z.uuid(),
    programVersion: z.number().int(),
    to: z.string(),
    state: z.enum(EMAIL_STATES),
  }),
]);
export type TimelineItem = z.output<typeof timelineItemSchema>;

export const timelineEpisodeSchema = z.object({
  episode: episodeSchema,
  items: z.array(timelineItemSchema),
});
export type TimelineEpisode = z.output<typeof timelineEpisodeSchema>;
