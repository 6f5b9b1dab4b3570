import { z } from 'zod';
import {
  CAUTIONS,
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  EXERCISE_POSITIONS,
  EXERCISE_TARGETS,
  type Caution,
} from '../clinical/catalogue/exercise-types';
import { dosageSchema } from './program';

/**
 * A clinic's own exercise: the same text as a library entry, written by the physio, with an
 * optional photo instead of a drawing.
 */

const values = <T extends readonly { value: string }[]>(items: T) =>
  items.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]];

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(2, `Enter the ${label}`)
    .max(max, `The ${label} can be at most ${max} characters`);

const lines = (label: string, min: number, max: number) =>
  z
    .array(z.string().trim().max(300, `Each line of the ${label} can be at most 300 characters`))
    .transform((entries) => entries.filter((entry) => entry !== ''))
    .pipe(
      z
        .array(z.string())
        .min(min, `Write at least ${min === 1 ? 'one line' : `${min} lines`} for the ${label}`)
        .max(max, `The ${label} can have at most ${max} lines`),
    );

/** The largest photo kept, after the app has scaled it down. */
export const MAX_PHOTO_BYTES = 1_500_000;

export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** A photo travels as a data URL; main checks the bytes really are that kind of image. */
export const photoDataUrlSchema = z
  .string()
  .max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 40, 'The photo is too large (at most 1.5 MB)')
  .regex(
    /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/,
    'The photo must be a PNG, JPEG or WebP image',
  );

export const customExerciseInputSchema = z.object({
  name: text('exercise name', 80),
  category: z.enum(values(EXERCISE_CATEGORIES), { error: 'Choose a category' }),
  aim: text('aim', 300),
  targets: z
    .array(z.enum(values(EXERCISE_TARGETS)))
    .min(1, 'Choose at least one target')
    .max(EXERCISE_TARGETS.length),
  position: z.enum(values(EXERCISE_POSITIONS), { error: 'Choose a position' }),
  equipment: z.array(z.enum(values(EQUIPMENT))).max(EQUIPMENT.length),
  startingPosition: text('starting position', 400),
  steps: lines('steps', 1, 10),
  cues: lines('key cues', 0, 8),
  commonErrors: lines('common errors', 0, 8),
  warnings: lines('warnings', 0, 8),
  cautions: z
    .array(z.enum(Object.keys(CAUTIONS) as [Caution, ...Caution[]]))
    .max(Object.keys(CAUTIONS).length),
  oneSided: z.boolean(),
  dosage: dosageSchema,
});
export type CustomExerciseInput = z.input<typeof customExerciseInputSchema>;
export type CustomExerciseContent = z.output<typeof customExerciseInputSchema>;

/** Photo: a new data URL, null to remove it, or undefined to keep the one stored. */
export const customExercisePhotoSchema = photoDataUrlSchema.nullable().optional();

export interface CustomExercise extends CustomExerciseContent {
  id: `custom:${string}`;
  hasPhoto: boolean;
  revision: number;
  updatedAt: string;
}

export const customExerciseSchema = z.custom<CustomExercise>();
