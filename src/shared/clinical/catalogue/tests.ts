import { choice, GOOD_POOR, MEASURING_INSTRUMENTS, number, PAIN_LOCATIONS, yesNo } from './fields';
import type { ClinicalTest } from './types';

/**
 * The objective tests, in the order a physio usually examines a runner's hip. Each side is
 * the leg being tested (the stance leg in single-leg tests). Facts and cut-offs: CLINICAL.md.
 */

const stanceTests: ClinicalTest[] = [
  {
    id: 'single-leg-stance',
    name: 'Trendelenburg / single-leg stance',
    section: 'stance',
    purpose:
      'Stand on the tested leg for up to 30 s: does the pelvis stay level, does the hip hurt?',
    shared: [],
    perSide: [
      number(
        'holdSeconds',
        'Time held',
        's',
        { min: 0, max: 60 },
        {
          compareSides: { better: 'higher', minimumDifference: 5 },
        },
      ),
      yesNo('pelvisDrops', 'Pelvis drops on the lifted side'),
      yesNo('trunkLean', 'Trunk leans over the stance leg'),
      yesNo('lateralHipPain', 'Outer hip pain within 30 s'),
    ],
    source: 'Hardcastle & Nade 1985',
  },
  {
    id: 'lateral-step-down',
    name: 'Lateral step-down',
    section: 'stance',
    purpose:
      'Five slow step-downs from a step; each fault adds to the score (0-1 good, 2-3 moderate, 4+ poor).',
    shared: [number('stepHeight', 'Step height', 'cm', { min: 10, max: 30 })],
    perSide: [
      yesNo('armsLeaveWaist', 'Hands come off the waist'),
      yesNo('trunkLean', 'Trunk leans'),
      yesNo('pelvisNotLevel', 'Pelvis does not stay level'),
      choice('kneePosition', 'Knee position', [
        { value: 'over-foot', label: 'Over the foot' },
        { value: 'inside-second-toe', label: 'Inside the second toe' },
        { value: 'inside-foot', label: 'Inside the inner edge of the foot' },
      ]),
      yesNo('unsteady', 'Unsteady (touches down or wobbles)'),
    ],
    source: 'Piva 2006',
  },
  {
    id: 'single-leg-squat',
    name: 'Single-leg squat',
    section: 'stance',
    purpose: 'Rate five parts of the movement as good or poor.',
    shared: [],
    perSide: [
      choice('overall', 'Overall impression', GOOD_POOR),
      choice('trunk', 'Trunk position', GOOD_POOR),
      choice('pelvis', 'Pelvis level', GOOD_POOR),
      choice('hipKnee', 'Hip and knee alignment', GOOD_POOR),
      choice('foot', 'Foot stability', GOOD_POOR),
    ],
  },
  {
    id: 'running-pelvic-drop',
    name: 'Running pelvic drop (2D video)',
    section: 'stance',
    purpose:
      'Angle of the pelvis from horizontal at midstance on this leg. Compare sides and visits.',
    shared: [number('speed', 'Running speed', 'kmh', { min: 0, max: 30, step: 0.1 })],
    perSide: [
      number('dropAngle', 'Pelvic drop at midstance', 'deg', { min: 0, max: 30, step: 0.5 }),
    ],
    source: 'Bramah 2018',
  },
];

const flexibilityTests: ClinicalTest[] = [
  {
    id: 'modified-thomas',
    name: 'Modified Thomas test',
    section: 'flexibility',
    purpose:
      'Thigh above horizontal: short hip flexors; knee straightening: short rectus femoris; thigh drifting out: tight TFL / ITB.',
    shared: [choice('instrument', 'Measured with', MEASURING_INSTRUMENTS)],
    perSide: [
      number(
        'hipAngle',
        'Hip angle',
        'deg',
        { min: -40, max: 40 },
        {
          help: 'Positive when the thigh rests above horizontal',
        },
      ),
      number('kneeAngle', 'Knee flexion angle', 'deg', { min: 0, max: 160 }),
      yesNo('thighAbducted', 'Thigh drifts outwards'),
    ],
  },
  {
    id: 'ober',
    name: 'Ober test',
    section: 'flexibility',
    purpose: 'Does the top leg drop towards the table? Staying up suggests a tight ITB / TFL.',
    shared: [
      choice('version', 'Version', [
        { value: 'knee-bent', label: 'Knee bent (original)' },
        { value: 'knee-straight', label: 'Knee straight (modified)' },
      ]),
    ],
    perSide: [
      number(
        'adductionAngle',
        'Adduction below horizontal',
        'deg',
        { min: -30, max: 45 },
        {
          compareSides: { better: 'higher', minimumDifference: 5, by: 'difference' },
        },
      ),
      yesNo('legStaysUp', 'Leg stays above horizontal'),
    ],
  },
];

const jointTests: ClinicalTest[] = [
  {
    id: 'fadir',
    name: 'FADIR',
    section: 'joint',
    purpose:
      'Flexion, adduction and internal rotation. A negative test helps rule out a hip joint source.',
    shared: [],
    perSide: [
      yesNo('pain', 'Reproduces pain'),
      choice('painLocation', 'Where', PAIN_LOCATIONS),
      yesNo('click', 'Click or catch'),
    ],
  },
  {
    id: 'faber',
    name: 'FABER',
    section: 'joint',
    purpose: 'Flexion, abduction and external rotation: hip joint or outer hip tendon pain.',
    shared: [],
    perSide: [yesNo('pain', 'Reproduces pain'), choice('painLocation', 'Where', PAIN_LOCATIONS)],
  },
  {
    id: 'log-roll',
    name: 'Log roll',
    section: 'joint',
    purpose: 'Passive rolling of the straight leg: pain or a click points to the joint.',
    shared: [],
    perSide: [yesNo('pain', 'Reproduces pain'), yesNo('click', 'Click')],
  },
  {
    id: 'trochanter-palpation',
    name: 'Greater trochanter palpation',
    section: 'joint',
    purpose: 'Tenderness over the outer hip bone.',
    shared: [],
    perSide: [yesNo('tender', 'Tender to touch')],
    source: 'Fearon 2013',
  },
  {
    id: 'fulcrum',
    name: 'Fulcrum test',
    section: 'joint',
    purpose: 'Screens for a femoral shaft stress fracture. Pain means refer.',
    shared: [],
    perSide: [yesNo('pain', 'Sharp pain over the thigh bone')],
  },
  {
    id: 'single-leg-hop',
    name: 'Single-leg hop (10 hops)',
    section: 'joint',
    purpose: 'Pain-free hopping is part of readiness to run. Never while a red flag is positive.',
    shared: [],
    perSide: [
      number(
        'hops',
        'Hops completed',
        'count',
        { min: 0, max: 20 },
        {
          compareSides: { better: 'higher', minimumDifference: 2 },
        },
      ),
      yesNo('pain', 'Pain while hopping'),
    ],
    unsafeWithRedFlag: true,
  },
];

/** A hip range in degrees; sides differing by less than `noise` degrees are not an asymmetry. */
function rangeOfMotion(id: string, label: string, min: number, max: number, noise = 10) {
  // Ranges that can be zero or below (extension) compare by the gap, not a ratio.
  const by = min < 0 ? 'difference' : 'ratio';
  return number(
    id,
    label,
    'deg',
    { min, max },
    { compareSides: { better: 'higher', minimumDifference: noise, by } },
  );
}

const rangeTests: ClinicalTest[] = [
  {
    id: 'hip-range-of-motion',
    name: 'Hip range of motion',
    section: 'range',
    purpose:
      'Typical: flexion 110-120°, extension 10-15°, abduction 30-50°, adduction 20-30°, ER 40-60°, IR 30-40°.',
    shared: [choice('instrument', 'Measured with', MEASURING_INSTRUMENTS)],
    perSide: [
      rangeOfMotion('flexion', 'Flexion', 0, 160),
      rangeOfMotion('extension', 'Extension', -20, 45, 5),
      rangeOfMotion('abduction', 'Abduction', 0, 90),
      rangeOfMotion('adduction', 'Adduction', 0, 60),
      rangeOfMotion('externalRotation', 'External rotation', 0, 100),
      rangeOfMotion('internalRotation', 'Internal rotation', 0, 80),
    ],
  },
  {
    id: 'side-plank',
    name: 'Side plank endurance',
    section: 'range',
    purpose: 'Hold time lying on this side. Typical about 55 s; sides should be close to equal.',
    shared: [],
    perSide: [
      number(
        'holdSeconds',
        'Time held',
        's',
        { min: 0, max: 600 },
        {
          compareSides: { better: 'higher', minimumDifference: 5 },
        },
      ),
    ],
  },
];

/** The muscle groups measured with the handheld dynamometer. */
export const MUSCLE_GROUPS = [
  { id: 'abduction', muscles: 'hip abductors' },
  { id: 'adduction', muscles: 'hip adductors' },
  { id: 'extension', muscles: 'hip extensors' },
  { id: 'flexion', muscles: 'hip flexors' },
  { id: 'external-rotation', muscles: 'hip external rotators' },
  { id: 'internal-rotation', muscles: 'hip internal rotators' },
] as const;
export type MuscleGroupId = (typeof MUSCLE_GROUPS)[number]['id'];

export function dynamometryTestId(group: MuscleGroupId): string {
  return `hhd-hip-${group}`;
}

const strengthTests: ClinicalTest[] = MUSCLE_GROUPS.map((group) => ({
  id: dynamometryTestId(group.id),
  name: `Hip ${group.id.replace('-', ' ')} strength`,
  section: 'strength',
  purpose: `Best of the trials, in newtons. Torque and torque per kg are worked out for you.`,
  shared: [
    number(
      'leverArm',
      'Lever arm',
      'm',
      { min: 0.1, max: 1.2, step: 0.01 },
      {
        help: 'From the joint centre to the dynamometer pad',
      },
    ),
    choice('method', 'Method', [
      { value: 'make', label: 'Make (hold)' },
      { value: 'break', label: 'Break (eccentric)' },
    ]),
    choice('position', 'Position', [
      { value: 'supine', label: 'Lying on the back' },
      { value: 'side-lying', label: 'Lying on the side' },
      { value: 'prone', label: 'Lying face down' },
      { value: 'sitting', label: 'Sitting' },
      { value: 'standing', label: 'Standing' },
    ]),
  ],
  perSide: [
    number('peakForce', 'Best force', 'N', { min: 0, max: 1500, step: 0.1 }),
    number('trials', 'Trials', 'count', { min: 1, max: 6 }),
  ],
  source: 'Thorborg 2010',
}));

export const CLINICAL_TESTS: readonly ClinicalTest[] = [
  ...stanceTests,
  ...flexibilityTests,
  ...jointTests,
  ...rangeTests,
  ...strengthTests,
];

const TESTS_BY_ID = new Map(CLINICAL_TESTS.map((test) => [test.id, test]));

export function clinicalTest(id: string): ClinicalTest | undefined {
  return TESTS_BY_ID.get(id);
}
