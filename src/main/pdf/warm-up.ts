import { drawIllustration } from '../../shared/illustration/draw-illustration';
import { illustrationOf } from '../../shared/illustration/exercises';
import type { HandoutData, HandoutIllustration } from './handout-data';

/** A drawing too, so the vector shapes' code is loaded with the rest. */
const figure = illustrationOf('glute-bridge');
const WARM_UP_ILLUSTRATION: HandoutIllustration = figure
  ? { kind: 'drawing', drawing: drawIllustration(figure, { side: 'left' }) }
  : { kind: 'placeholder' };

/**
 * A one-exercise handout the worker lays out once when it starts, so fonts, the layout engine
 * and the code paths are loaded before the physio asks for the first preview (the first
 * render is several times slower than the next ones).
 */
export const WARM_UP_HANDOUT: HandoutData = {
  paperSize: 'A4',
  clinic: { name: 'Clinic', addressLines: [], phone: '', email: '', website: '', logo: null },
  practitioner: 'Physio',
  issuedOn: '1 January 2026',
  patientName: 'Patient',
  title: 'Program',
  goal: 'Goal.',
  frequency: 'Every day.',
  referral: null,
  exercises: [
    {
      number: 1,
      name: 'Exercise',
      dosage: '3 sets of 10',
      side: 'Each leg',
      startingPosition: 'Start.',
      steps: ['Step.'],
      cues: ['Cue.'],
      avoid: ['Avoid.'],
      note: null,
      illustration: WARM_UP_ILLUSTRATION,
    },
  ],
  painGuide: { zones: [{ range: '0-2', meaning: 'Fine.' }], rule: 'Rule.' },
  seekHelp: ['Help.'],
  returnToRun: null,
  log: { weeks: 1, sessionsPerDay: 1, daysPerWeek: 7 },
  nextAppointment: null,
};
