/** The choices of the subjective examination, as the physio asks them. */

export const PAIN_AREAS = [
  { value: 'lateral-hip', label: 'Outer (lateral) hip' },
  { value: 'front-of-hip', label: 'Front of hip' },
  { value: 'groin', label: 'Groin' },
  { value: 'buttock', label: 'Buttock / sit bone' },
  { value: 'thigh', label: 'Thigh' },
] as const;
export type PainArea = (typeof PAIN_AREAS)[number]['value'];

export const PAIN_SIDES = [
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' },
  { value: 'both', label: 'Both' },
] as const;

export const ONSETS = [
  { value: 'gradual', label: 'Gradual' },
  { value: 'sudden', label: 'Sudden' },
] as const;

export const AGGRAVATING_ACTIVITIES = [
  { value: 'running', label: 'Running' },
  { value: 'uphill', label: 'Running uphill' },
  { value: 'downhill', label: 'Running downhill' },
  { value: 'speed-work', label: 'Speed work' },
  { value: 'long-runs', label: 'Long runs' },
  { value: 'stairs', label: 'Stairs' },
  { value: 'sitting', label: 'Sitting for long' },
  { value: 'lying-on-side', label: 'Lying on the side' },
  { value: 'crossing-legs', label: 'Crossing the legs' },
  { value: 'standing-up', label: 'Getting up from a chair' },
  { value: 'walking', label: 'Walking' },
] as const;

export const TRAINING_CHANGES = [
  { value: 'more-distance', label: 'More distance' },
  { value: 'speed-work', label: 'More speed work' },
  { value: 'hills', label: 'More hills' },
  { value: 'new-shoes', label: 'New shoes' },
  { value: 'surface', label: 'Different surface' },
  { value: 'back-after-break', label: 'Back after a break' },
] as const;

export const WORKING_DIAGNOSES = [
  { value: 'gluteal-tendinopathy', label: 'Gluteal tendinopathy / trochanteric bursitis' },
  { value: 'itb-syndrome', label: 'ITB syndrome' },
  { value: 'hip-flexor', label: 'Hip flexor strain / tendinopathy' },
  { value: 'adductor-groin', label: 'Adductor-related groin pain' },
  { value: 'proximal-hamstring', label: 'Proximal hamstring tendinopathy' },
  { value: 'fai-labral', label: 'FAI / labral' },
  { value: 'osteoarthritis', label: 'Hip osteoarthritis' },
  { value: 'stress-fracture-suspected', label: 'Stress fracture suspected' },
  { value: 'other', label: 'Other' },
] as const;
export type WorkingDiagnosis = (typeof WORKING_DIAGNOSES)[number]['value'];
