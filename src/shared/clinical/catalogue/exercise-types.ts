/**
 * The shape of an exercise in the library. The program builder, protocol matching, the
 * handout and the illustrations all read these entries; the text is the app's own words.
 */

export const EXERCISE_CATEGORIES = [
  { value: 'abductor-extensor-strength', label: 'Hip abductor and extensor strength' },
  { value: 'flexor-adductor-strength', label: 'Hip flexor and adductor strength' },
  { value: 'isometric', label: 'Isometrics for tendon pain' },
  { value: 'motor-control', label: 'Motor control and balance' },
  { value: 'mobility', label: 'Mobility and stretches' },
  { value: 'running-drill', label: 'Running drills and cadence' },
  { value: 'plyometric', label: 'Plyometrics (late stage)' },
] as const;
export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number]['value'];

export const EXERCISE_TARGETS = [
  { value: 'hip-abductors', label: 'Hip abductors' },
  { value: 'hip-extensors', label: 'Hip extensors (glutes)' },
  { value: 'hamstrings', label: 'Hamstrings' },
  { value: 'hip-flexors', label: 'Hip flexors' },
  { value: 'hip-adductors', label: 'Hip adductors (groin)' },
  { value: 'hip-rotators', label: 'Hip rotators' },
  { value: 'quadriceps', label: 'Quadriceps' },
  { value: 'calves', label: 'Calves' },
  { value: 'trunk', label: 'Trunk and pelvis control' },
  { value: 'balance', label: 'Balance' },
  { value: 'running-form', label: 'Running form' },
] as const;
export type ExerciseTarget = (typeof EXERCISE_TARGETS)[number]['value'];

export const EXERCISE_POSITIONS = [
  { value: 'lying-on-back', label: 'Lying on the back' },
  { value: 'lying-on-side', label: 'Lying on the side' },
  { value: 'lying-on-front', label: 'Lying on the front' },
  { value: 'hands-and-knees', label: 'On hands and knees' },
  { value: 'kneeling', label: 'Kneeling or half-kneeling' },
  { value: 'sitting', label: 'Sitting' },
  { value: 'standing', label: 'Standing' },
  { value: 'single-leg-standing', label: 'Standing on one leg' },
  { value: 'moving', label: 'Walking, running or jumping' },
] as const;
export type ExercisePosition = (typeof EXERCISE_POSITIONS)[number]['value'];

export const EQUIPMENT = [
  { value: 'mat', label: 'Mat' },
  { value: 'band', label: 'Resistance band' },
  { value: 'step', label: 'Step' },
  { value: 'bench', label: 'Bench' },
  { value: 'chair', label: 'Chair' },
  { value: 'wall', label: 'Wall' },
  { value: 'ball', label: 'Soft ball or cushion' },
  { value: 'weight', label: 'Dumbbell or kettlebell' },
  { value: 'slider', label: 'Sliders or towel' },
  { value: 'metronome', label: 'Metronome (phone app)' },
] as const;
export type Equipment = (typeof EQUIPMENT)[number]['value'];

/** Gluteal loading tiers by % of maximal voluntary contraction (Ebert 2017). */
export const LOADING_TIERS = [
  { value: 'low', label: 'Low load (0-20% MVIC)' },
  { value: 'moderate', label: 'Moderate load (21-40% MVIC)' },
  { value: 'high', label: 'High load (41-60% MVIC)' },
  { value: 'very-high', label: 'Very high load (over 60% MVIC)' },
] as const;
export type LoadingTier = (typeof LOADING_TIERS)[number]['value'];

/** Resistance band colours from lightest to heaviest (about 25% more per step). */
export const BAND_COLOURS = [
  'tan',
  'yellow',
  'red',
  'green',
  'blue',
  'black',
  'silver',
  'gold',
] as const;
export type BandColour = (typeof BAND_COLOURS)[number];

/**
 * What an exercise asks of the body that some findings forbid or call for care with. Matching
 * and the builder read these: a red flag withholds running, hopping and impact; gluteal
 * tendinopathy warns against compression of the outer hip; and so on.
 */
export const CAUTIONS = {
  running: {
    label: 'Running',
    warning:
      'Running load: hold back while warning signs are being watched, and never with a red flag.',
  },
  hopping: {
    label: 'Hopping or jumping',
    warning:
      'Hopping or jumping: hold back while warning signs are being watched, and never with a red flag or a suspected stress fracture.',
  },
  'lateral-hip-compression': {
    label: 'Compresses the outer hip',
    warning:
      'Takes the hip across the midline, presses on the outer hip or loads it in a stretched position: avoid with gluteal tendinopathy.',
  },
  'hamstring-compression': {
    label: 'Loads the hamstring in deep hip flexion',
    warning:
      'Loads the hamstring tendon with the hip deeply bent: avoid early with proximal hamstring tendinopathy.',
  },
  'deep-hip-flexion': {
    label: 'Deep hip bending',
    warning:
      'Takes the hip into deep bending and turning in: go only to a comfortable range with hip joint (FAI / labral) pain.',
  },
  'groin-load': {
    label: 'Heavy adductor load',
    warning: 'Loads the groin strongly: drop a level if groin pain goes above 3 out of 10.',
  },
} as const;
export type Caution = keyof typeof CAUTIONS;

/**
 * How much of an exercise, as prescribed. Library entries carry a default; each program item
 * carries its own copy the physio tunes. Ranges are checked by `dosageSchema`.
 */
export interface Dosage {
  sets: number;
  /** Repetitions per set (per side when the exercise is one-sided). */
  reps: number | null;
  /** Seconds per hold, or the time of a timed set (cadence run, balance). */
  holdSeconds: number | null;
  /** For drills done over a distance. */
  distanceMetres: number | null;
  restSeconds: number | null;
  /** Effort out of 10 (0 rest, 10 maximal). */
  effort: number | null;
  /** Tempo as the physio writes it, e.g. "3-1-3" (seconds down, pause, up). */
  tempo: string | null;
  band: BandColour | null;
  loadKg: number | null;
  timesPerDay: number;
  daysPerWeek: number;
}

export interface Exercise {
  /** Stable key in stored programs: never rename once released. */
  id: string;
  name: string;
  category: ExerciseCategory;
  /** One sentence: what it is for. */
  aim: string;
  targets: ExerciseTarget[];
  position: ExercisePosition;
  startingPosition: string;
  steps: string[];
  cues: string[];
  commonErrors: string[];
  dosage: Dosage;
  equipment: Equipment[];
  /** Difficulty from 1 (easiest) to 5. */
  level: 1 | 2 | 3 | 4 | 5;
  loadingTier: LoadingTier;
  /** Worked one side at a time, so a program names the side. */
  oneSided: boolean;
  /** Ids of the easier and harder versions (each link is returned by the other exercise). */
  easier: string | null;
  harder: string | null;
  cautions: Caution[];
  /** Warnings of this exercise beyond its cautions, in plain words. */
  warnings: string[];
}
