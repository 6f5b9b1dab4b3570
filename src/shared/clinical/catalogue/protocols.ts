import type { Protocol } from './protocol-types';

/**
 * The treatment protocols the app can suggest. Order matters: it breaks ties in the ranking,
 * so the more specific protocols come first. Exercise ids are the library's stable keys; the
 * facts behind the phases (loading tiers, LEAP, Copenhagen levels, cadence) are in CLINICAL.md.
 * Every sentence is the app's own wording.
 */

const PAIN_RULE =
  'Keep pain during and after exercise at 5/10 or less, settling by the next morning; if it is worse the next morning, step back.';

const hipAbductorStrengthening: Protocol = {
  id: 'hip-abductor-strengthening',
  name: 'Hip abductor strengthening',
  purpose:
    'Builds the side-of-hip muscles that keep the pelvis level, climbing the loading tiers from low to very high.',
  indications: [
    { finding: 'weak-muscles', muscleGroup: 'abduction', weight: 3 },
    { finding: 'below-norm', muscleGroup: 'abduction', weight: 3 },
    { finding: 'hip-drop', weight: 2 },
  ],
  phases: [
    {
      name: 'Low load',
      goal: 'Wake the glutes up with easy, well-supported work on two legs.',
      exercises: ['glute-bridge', 'bird-dog', 'sit-to-stand', 'isometric-hip-abduction-supine'],
      progressWhen:
        'All sets are done with good form and pain no higher than 2/10 for a week of sessions.',
    },
    {
      name: 'Moderate load',
      goal: 'Add band resistance and start working one hip at a time.',
      exercises: [
        'clamshell',
        'quadruped-hip-extension',
        'bridge-band-abduction',
        'standing-hip-abduction-band',
        'squat',
      ],
      progressWhen: 'Three sets of 12 feel fairly hard but stay controlled and settle overnight.',
    },
    {
      name: 'High load',
      goal: 'Shift the work onto one leg so the abductors carry body weight.',
      exercises: [
        'clamshell-band',
        'banded-lateral-walk',
        'single-leg-bridge',
        'hip-hitch',
        'lateral-step-up',
        'single-leg-deadlift-supported',
      ],
      progressWhen:
        'Single-leg work is done with a level pelvis and the knee over the foot for every rep.',
    },
    {
      name: 'Very high load',
      goal: 'Load the abductors as hard as running does, lifting against gravity, in side plank and on one leg.',
      exercises: [
        'side-lying-hip-abduction',
        'side-plank-clam',
        'side-plank-hip-abduction',
        'single-leg-squat-mirror',
        'single-leg-deadlift',
      ],
      progressWhen:
        'Strength retest shows the weaker side within 10% of the other (LSI 90% or more).',
    },
  ],
  progressionCriteria: [
    'Target reps done with good control and no hip drop.',
    'Pain stays within the limits below and has settled by the next morning.',
    'Move up one tier at a time; drop back a tier if pain or control slips.',
  ],
  advice: [
    'Two to three strength sessions a week are enough; rest a day between hard sessions.',
    'Make the last few reps of each set feel hard: easy sets do not build strength.',
    PAIN_RULE,
  ],
  involvesRunning: false,
  emphasisFrom: ['weak-muscles', 'below-norm', 'hip-drop'],
  avoid: [],
  // Mild weakness skips the easiest tier or two; marked weakness starts at the bottom.
  startBySeverity: { mild: 2, moderate: 1, marked: 0 },
};

const pelvicControl: Protocol = {
  id: 'pelvic-control',
  name: 'Pelvic and single-leg control',
  purpose:
    'Teaches the pelvis to stay level and the knee to track over the foot when standing on one leg.',
  indications: [
    { finding: 'hip-drop', weight: 3 },
    { finding: 'poor-control', weight: 3 },
  ],
  phases: [
    {
      name: 'Find the level pelvis',
      goal: 'Feel and hold a level pelvis in slow, simple positions.',
      exercises: [
        'single-leg-stance',
        'hip-hitch',
        'pelvic-level-mirror-walk',
        'dead-bug',
        'bird-dog',
      ],
      progressWhen: 'Single-leg stance is held for 30 s with the pelvis level on each side.',
    },
    {
      name: 'Control through movement',
      goal: 'Keep the same control while the knee bends and balance gets harder.',
      exercises: [
        'single-leg-stance-eyes-closed',
        'lateral-step-down-low',
        'step-up',
        'single-leg-squat-mirror',
        'single-leg-stance-cushion',
      ],
      progressWhen: 'Ten slow step-downs from a low step with no trunk lean or knee collapse.',
    },
    {
      name: 'Control under challenge',
      goal: 'Hold alignment on higher steps, while reaching, and in running-like positions.',
      exercises: [
        'lateral-step-down',
        'forward-step-down',
        'single-leg-deadlift',
        'single-leg-stance-reach',
        'step-up-knee-drive',
      ],
      progressWhen: 'Step-down test scores good (0-1) on both sides.',
    },
  ],
  progressionCriteria: [
    'Quality first: slow down or use a lower step before adding reps.',
    'Move on when a mirror or video shows a level pelvis for the whole set.',
  ],
  advice: [
    'Practise in front of a mirror so you can see the pelvis and knee.',
    'A few short sessions a day build control faster than one long one.',
    PAIN_RULE,
  ],
  involvesRunning: false,
  emphasisFrom: ['hip-drop', 'poor-control'],
  avoid: [],
  startBySeverity: { mild: 1, moderate: 0, marked: 0 },
};

const lateralHipTendinopathy: Protocol = {
  id: 'lateral-hip-tendinopathy',
  name: 'Lateral hip (gluteal) tendinopathy',
  purpose:
    'Calms an irritated outer-hip tendon with advice and holds, then loads it step by step while keeping it out of compression.',
  indications: [
    { finding: 'gluteal-tendinopathy-signs', weight: 4 },
    { diagnosis: 'gluteal-tendinopathy', weight: 4 },
    { painArea: 'lateral-hip', weight: 1 },
  ],
  phases: [
    {
      name: 'Education and isometrics',
      goal: 'Settle the pain with steady holds and gentle double-leg work while removing what squeezes the tendon.',
      exercises: [
        'isometric-hip-abduction-supine',
        'isometric-hip-abduction-standing',
        'glute-bridge',
        'sit-to-stand',
        'banded-lateral-walk',
      ],
      progressWhen:
        'Night and lying pain have eased and the holds cause little or no pain (2/10 or less).',
      // LEAP week 1: holds of 5-15 s (twice a day, as the library doses them); bridges,
      // squats and side steps about 10 at a time, every day.
      dosage: { reps: 10, holdSeconds: 15, daysPerWeek: 7 },
    },
    {
      name: 'Progressive loading',
      goal: 'Build tendon and muscle capacity with heavier double-leg and standing work.',
      exercises: [
        'squat',
        'bridge-band-abduction',
        'step-up',
        'standing-hip-abduction-band',
        'single-leg-bridge',
      ],
      progressWhen:
        'Three sets feel somewhat hard to hard and pain is back to its usual level by the next morning.',
      // LEAP's home exercise runs every day from the first week to the last.
      dosage: { daysPerWeek: 7 },
    },
    {
      name: 'Single-leg loading',
      goal: 'Prepare for running with controlled work on one leg at a somewhat hard to hard effort.',
      exercises: [
        'lateral-step-up',
        'single-leg-deadlift-supported',
        'single-leg-squat-mirror',
        'hip-hitch',
        'split-squat',
      ],
      progressWhen:
        'Single-leg stance for 30 s is pain-free and single-leg work is done without a hip drop.',
      // LEAP later stage: single-leg work, 2 sets of 5-10 at "somewhat hard to hard", daily.
      dosage: { sets: 2, reps: 8, effort: 7, daysPerWeek: 7 },
    },
  ],
  progressionCriteria: [
    'Pain during exercise stays within the limits below and settles by the next morning.',
    'Night pain and pain lying on the side are easing, not worsening.',
    'Progress slowly: tendons adapt over weeks, not days.',
  ],
  advice: [
    'Do not cross your legs when sitting or standing.',
    'Do not lie on the sore side; when lying on the other side, put a pillow between your knees.',
    'Avoid stretches that pull the leg across the body, such as an ITB stretch or a knee drawn across the chest: they squeeze the tendon against the bone.',
    'Stand with weight on both feet rather than hanging on one hip.',
    'Steady holds can ease the pain for a while; use them before activity that usually hurts.',
    PAIN_RULE,
  ],
  involvesRunning: false,
  emphasisFrom: ['gluteal-tendinopathy-signs'],
  avoid: ['lateral-hip-compression'],
};

const proximalHamstringTendinopathy: Protocol = {
  id: 'proximal-hamstring-tendinopathy',
  name: 'Proximal hamstring tendinopathy',
  purpose:
    'Loads the hamstring tendon at the sit bone in stages, adding deep hip bending only once it tolerates load.',
  indications: [
    { diagnosis: 'proximal-hamstring', weight: 4 },
    { painArea: 'buttock', weight: 2 },
    { finding: 'weak-muscles', muscleGroup: 'extension', weight: 2 },
  ],
  phases: [
    {
      name: 'Settle and hold',
      goal: 'Ease tendon pain with holds with the hip fairly straight, away from deep bending.',
      exercises: [
        'isometric-long-lever-bridge-hold',
        'glute-bridge',
        'quadruped-hip-extension',
        'bird-dog',
      ],
      progressWhen: 'Holds are pain-free and sitting is more comfortable.',
      avoid: ['hamstring-compression'],
    },
    {
      name: 'Load with the hip fairly straight',
      goal: 'Build strength through moving exercises that keep the hip out of deep bending.',
      exercises: ['single-leg-bridge', 'step-up', 'split-squat', 'hamstring-slider-curl'],
      progressWhen:
        'Three sets of each are done at a hard effort with pain at 2/10 or less the next morning.',
      avoid: ['hamstring-compression'],
    },
    {
      name: 'Load in hip bending',
      goal: 'Gradually load the tendon with the hip bent further, as running and hills demand.',
      exercises: [
        'single-leg-deadlift-supported',
        'romanian-deadlift',
        'single-leg-deadlift',
        'single-leg-bridge-on-step',
      ],
      progressWhen: 'Hinging under load is comfortable and the next morning is no worse.',
    },
  ],
  progressionCriteria: [
    'Add hip bending depth before adding weight.',
    'Pain stays within the limits below and settles by the next morning.',
    'Hamstring stretches stay out until the tendon tolerates loading in hip bending.',
  ],
  advice: [
    'Sit on a cushion or soft seat, and break up long spells of sitting.',
    'Avoid stretching the hamstring while the tendon is sore: the stretch squeezes it against the bone.',
    'Hills, speed work and long strides load the tendon most; bring them back last.',
    PAIN_RULE,
  ],
  involvesRunning: false,
  emphasisFrom: ['weak-muscles'],
  avoid: [],
};

const adductorGroinCopenhagen: Protocol = {
  id: 'adductor-groin-copenhagen',
  name: 'Adductor strengthening (Copenhagen)',
  purpose:
    'Strengthens the inner-thigh muscles through the three Copenhagen levels to settle and protect the groin.',
  indications: [
    { diagnosis: 'adductor-groin', weight: 4 },
    { finding: 'weak-muscles', muscleGroup: 'adduction', weight: 3 },
    { painArea: 'groin', weight: 1 },
  ],
  phases: [
    {
      name: 'Level 1: squeeze and side-lying',
      goal: 'Load the adductors gently with a ball squeeze and the lying lift.',
      exercises: [
        'isometric-adductor-squeeze',
        'copenhagen-side-lying-adduction',
        'adductor-rocking',
        'glute-bridge',
      ],
      progressWhen: 'Twelve to fifteen side-lying lifts a side with groin pain at 3/10 or less.',
    },
    {
      name: 'Level 2: short lever',
      goal: 'Hold the side plank on the top knee so the adductors carry more body weight.',
      exercises: ['copenhagen-short-lever', 'side-plank-knees', 'split-squat', 'adductor-rocking'],
      progressWhen: 'Twelve to fifteen short-lever reps a side with pain at 3/10 or less.',
    },
    {
      name: 'Level 3: long lever',
      goal: 'Take the full Copenhagen plank from the top foot to reach running-ready adductor strength.',
      exercises: ['copenhagen-long-lever', 'side-plank', 'single-leg-deadlift', 'lateral-step-up'],
      progressWhen: 'Adductor strength on retest is within 10% of the other side.',
    },
  ],
  progressionCriteria: [
    'Build from 3-5 reps to 12-15 at each level before moving up.',
    'Drop back a level if groin pain goes above 3/10.',
    'Three sessions a week, with a rest day between.',
  ],
  advice: [
    'Groin pain is often linked to a sudden rise in speed work or hills: ease those first.',
    'Warm up the groin before running with easy leg swings.',
    PAIN_RULE,
  ],
  involvesRunning: false,
  emphasisFrom: ['weak-muscles'],
  avoid: [],
  startBySeverity: { mild: 1, moderate: 0, marked: 0 },
};

const hipFlexorMobility: Protocol = {
  id: 'hip-flexor-mobility',
  name: 'Hip flexor mobility and strength',
  purpose:
    'Restores length and strength at the front of the hip so the leg can swing behind the body when running.',
  indications: [
    { finding: 'tight-hip-flexors', weight: 3 },
    { finding: 'short-rectus-femoris', weight: 2 },
    { diagnosis: 'hip-flexor', weight: 3 },
    { painArea: 'front-of-hip', weight: 1 },
  ],
  phases: [
    {
      name: 'Gentle length and holds',
      goal: 'Open the front of the hip gently and load the flexors with easy holds.',
      exercises: [
        'standing-hip-flexor-stretch',
        'isometric-hip-flexion-hold',
        'supine-march',
        'glute-bridge',
      ],
      progressWhen: 'Stretches and holds are comfortable and walking uphill does not hurt.',
    },
    {
      name: 'Lengthen and load',
      goal: 'Stretch further in kneeling and strengthen the flexors through their range.',
      exercises: [
        'kneeling-hip-flexor-stretch',
        'seated-hip-flexion',
        'standing-hip-flexion-band',
        'worlds-greatest-stretch',
      ],
      progressWhen: 'The modified Thomas test improves and banded lifts are pain-free.',
    },
    {
      name: 'End range and power',
      goal: 'Own the full range the running stride needs, with strength at both ends.',
      exercises: [
        'couch-stretch',
        'step-up-knee-drive',
        'split-squat',
        'standing-hip-flexion-band',
      ],
      progressWhen: 'The thigh rests at or below horizontal on the Thomas test on both sides.',
    },
  ],
  progressionCriteria: [
    'Hold stretches for 30 s and aim for about 3 minutes a day per side in total.',
    'With a hip flexor strain, let strength lead and keep stretches gentle until it settles.',
  ],
  advice: [
    'Long spells of sitting keep the hip bent: stand up and move every half hour.',
    'Stretch after runs or in the evening rather than straight before fast running.',
    PAIN_RULE,
  ],
  involvesRunning: false,
  emphasisFrom: ['tight-hip-flexors', 'short-rectus-femoris'],
  avoid: [],
};

const itbSyndrome: Protocol = {
  id: 'itb-syndrome',
  name: 'ITB syndrome',
  purpose:
    'Lowers the load on the iliotibial band by strengthening the hip that controls it and easing tension along the outer thigh.',
  indications: [
    { diagnosis: 'itb-syndrome', weight: 4 },
    { finding: 'tight-tfl-itb', weight: 3 },
  ],
  phases: [
    {
      name: 'Ease and activate',
      goal: 'Ease tension along the outer thigh and switch on the hip abductors.',
      exercises: [
        'standing-itb-stretch',
        'side-lying-hip-abduction',
        'clamshell-band',
        'glute-bridge',
      ],
      progressWhen: 'Walking and stairs are pain-free and the exercises cause no outer knee pain.',
    },
    {
      name: 'Build hip strength',
      goal: 'Strengthen the abductors and extensors under band and body-weight load.',
      exercises: [
        'side-lying-hip-abduction-band',
        'banded-monster-walk',
        'single-leg-bridge',
        'lateral-step-up',
        'hip-hitch',
      ],
      progressWhen: 'Three sets of each are done with good control and no outer knee pain.',
    },
    {
      name: 'Single-leg control',
      goal: 'Control the hip on one leg under the loads running brings.',
      exercises: [
        'side-plank-hip-abduction',
        'lateral-step-down',
        'single-leg-deadlift',
        'single-leg-squat-mirror',
      ],
      progressWhen: 'Step-downs stay level and knee-over-foot, with no pain, on the sore side.',
    },
  ],
  progressionCriteria: [
    'No outer knee or hip pain during or after the sessions.',
    'Control stays good as the load rises: no knee drifting in, no hip drop.',
  ],
  advice: [
    'Cut back on downhill running, track bends in one direction and very long runs for now.',
    'A slightly quicker step (5-10% more steps a minute) lowers the load on the band.',
    'Foam rolling may feel good but does not lengthen the band; use it only if it helps.',
    PAIN_RULE,
  ],
  involvesRunning: false,
  emphasisFrom: ['tight-tfl-itb'],
  avoid: [],
};

const hipJointCare: Protocol = {
  id: 'hip-joint-care',
  name: 'Hip joint care (FAI, labral, arthritis)',
  purpose:
    'Strengthens the hip within a comfortable range so an irritable joint is loaded without being pinched.',
  indications: [
    { finding: 'hip-joint-signs', weight: 3 },
    { diagnosis: 'fai-labral', weight: 4 },
    { diagnosis: 'osteoarthritis', weight: 4 },
    { painArea: 'groin', weight: 0.5 },
  ],
  phases: [
    {
      name: 'Comfortable range',
      goal: 'Strengthen the hip in easy positions that keep it away from deep bending.',
      exercises: [
        'glute-bridge',
        'isometric-hip-abduction-supine',
        'clamshell',
        'supine-march',
        'sit-to-stand',
      ],
      progressWhen: 'Exercises are pain-free and the groin does not ache afterwards.',
    },
    {
      name: 'Build strength',
      goal: 'Add load while staying in the range that feels comfortable.',
      exercises: [
        'bridge-band-abduction',
        'side-lying-hip-abduction',
        'step-up',
        'squat',
        'banded-lateral-walk',
      ],
      progressWhen: 'Three sets of each are done with no catching, pinching or next-day ache.',
    },
    {
      name: 'Single-leg strength',
      goal: 'Carry the strength onto one leg, still short of the pinching range.',
      exercises: [
        'single-leg-bridge',
        'lateral-step-up',
        'single-leg-deadlift-supported',
        'side-plank-hip-abduction',
      ],
      progressWhen: 'Single-leg work is comfortable and daily activity is easier.',
    },
  ],
  progressionCriteria: [
    'Work only in a range with no pinching at the front of the hip.',
    'Pain stays within the limits below and settles by the next morning.',
  ],
  advice: [
    'Avoid deep squats, low chairs and sitting with the knees above the hips for now.',
    'Strength helps an arthritic or irritable hip; steady activity is better than rest.',
    'Clicking with locking or lost movement needs a review by the physio or doctor.',
    PAIN_RULE,
  ],
  involvesRunning: false,
  emphasisFrom: ['hip-joint-signs'],
  avoid: ['deep-hip-flexion'],
};

const generalHipStrength: Protocol = {
  id: 'general-hip-strength',
  name: 'General hip and trunk strength',
  purpose:
    'Evens out strength between the legs and around the hip and trunk when no one muscle group stands out.',
  indications: [
    { finding: 'weak-muscles', muscleGroup: 'extension', weight: 2 },
    { finding: 'weak-muscles', muscleGroup: 'flexion', weight: 1 },
    { finding: 'weak-muscles', muscleGroup: 'external-rotation', weight: 1 },
    { finding: 'weak-muscles', muscleGroup: 'internal-rotation', weight: 1 },
    { finding: 'asymmetry', weight: 1 },
  ],
  phases: [
    {
      name: 'Foundations',
      goal: 'Build basic strength on two legs and through the trunk.',
      exercises: [
        'glute-bridge',
        'squat',
        'quadruped-hip-extension',
        'side-plank-knees',
        'dead-bug',
      ],
      progressWhen: 'Three sets of 12 are controlled and feel only moderately hard.',
    },
    {
      name: 'Building',
      goal: 'Move to split stance and one leg, and lengthen the side plank.',
      exercises: [
        'single-leg-bridge',
        'split-squat',
        'step-up',
        'side-plank',
        'standing-hip-flexion-band',
      ],
      progressWhen: 'Single-leg work is even between the legs in reps and control.',
    },
    {
      name: 'Strong single leg',
      goal: 'Add weight and range on one leg so both sides are equally strong.',
      exercises: [
        'single-leg-deadlift-weighted',
        'single-leg-bridge-on-step',
        'forward-step-down',
        'side-plank-hip-abduction',
        'romanian-deadlift',
      ],
      progressWhen: 'Retesting shows the sides within 10% of each other.',
    },
  ],
  progressionCriteria: [
    'Add reps first, then load, keeping good form.',
    'Work the weaker side first and match its reps on the stronger side.',
  ],
  advice: ['Two to three sessions a week on non-consecutive days.', PAIN_RULE],
  involvesRunning: false,
  emphasisFrom: ['weak-muscles', 'asymmetry'],
  avoid: [],
  startBySeverity: { mild: 1, moderate: 0, marked: 0 },
};

const runningRetraining: Protocol = {
  id: 'running-retraining',
  name: 'Running retraining (cadence and step width)',
  purpose:
    'Changes how the runner runs: a slightly quicker, less crossed-over step to take load off the hip.',
  indications: [
    { finding: 'hip-drop', weight: 1 },
    { diagnosis: 'itb-syndrome', weight: 1 },
    { diagnosis: 'gluteal-tendinopathy', weight: 1 },
    { finding: 'gluteal-tendinopathy-signs', weight: 0.5 },
  ],
  phases: [
    {
      name: 'Drills',
      goal: 'Practise a tall posture, a quick light step and feet that land apart.',
      exercises: ['a-march', 'wall-knee-drive', 'step-width-drill', 'jog-on-the-spot'],
      progressWhen: 'The drills feel natural and cause no pain.',
    },
    {
      name: 'Cadence up 5%',
      goal: 'Run part of easy runs to a metronome set 5% above the usual step rate.',
      exercises: ['cadence-metronome-run', 'step-width-drill', 'a-skip', 'butt-kicks'],
      progressWhen: 'The new rate feels normal on easy runs for two weeks.',
    },
    {
      name: 'Cadence up 10%',
      goal: 'Settle on a step rate up to 10% above the start and keep it without the metronome.',
      exercises: ['cadence-metronome-run', 'step-width-drill', 'high-knees', 'a-skip'],
      progressWhen: 'The quicker step holds on most of the run without the metronome.',
    },
  ],
  progressionCriteria: [
    'Raise the step rate by about 5% at a time, up to 10% in all.',
    'Keep the speed the same: shorter steps, not faster running.',
    'Pain stays within the limits below and settles by the next morning.',
  ],
  advice: [
    'Use the metronome for a few minutes at a time at first, then for longer stretches.',
    'Let the feet land a little apart, as if running either side of a line.',
    'Expect the new step to feel odd for a couple of weeks.',
    PAIN_RULE,
  ],
  involvesRunning: true,
  emphasisFrom: ['hip-drop'],
  avoid: [],
};

const returnToRunning: Protocol = {
  id: 'return-to-running',
  name: 'Return to running',
  purpose:
    'Brings the runner back from readiness checks through walk-run intervals to steady continuous running.',
  indications: [
    { diagnosis: 'gluteal-tendinopathy', weight: 1 },
    { diagnosis: 'itb-syndrome', weight: 1 },
    { diagnosis: 'hip-flexor', weight: 1 },
    { diagnosis: 'adductor-groin', weight: 1 },
    { diagnosis: 'proximal-hamstring', weight: 1 },
    { diagnosis: 'fai-labral', weight: 0.5 },
    { diagnosis: 'osteoarthritis', weight: 0.5 },
  ],
  phases: [
    {
      name: 'Readiness',
      goal: 'Show the leg copes with walking, standing on one leg, squatting, jogging and hopping without pain.',
      exercises: ['single-leg-stance', 'single-leg-squat-mirror', 'jog-on-the-spot', 'pogo-hops'],
      progressWhen:
        'Every readiness check is passed with pain at 2/10 or less during and the next morning.',
      // The readiness checks ask for 10 single-leg squats and 10-15 hops.
      dosage: { reps: 10 },
    },
    {
      name: 'Walk-run',
      goal: 'Follow the walk-run plan, stretching the running spells stage by stage.',
      exercises: ['a-march', 'pogo-hops', 'forward-hop-and-stick', 'step-up-knee-drive'],
      progressWhen:
        'Each stage is done at least twice with no extra pain, swelling or stiffness the next day.',
    },
    {
      name: 'Continuous running',
      goal: 'Run without walk breaks and grow the weekly distance gently.',
      exercises: ['single-leg-pogo-hops', 'a-skip', 'lateral-bounds', 'squat-jump'],
      progressWhen:
        'Usual weekly distance is back, grown by no more than about 10% a week, without pain.',
    },
  ],
  progressionCriteria: [
    'Repeat each stage at least twice before moving on.',
    'Do not move on with more pain, swelling or stiffness; go back a stage instead.',
    'Once running continuously, grow weekly distance by no more than about 10%.',
  ],
  advice: [
    'Run on alternate days at first, with a rest day between runs.',
    'Choose flat, even ground and easy pace; leave hills and speed work until last.',
    'Replace running shoes every 500-800 km (300-500 miles).',
    PAIN_RULE,
  ],
  involvesRunning: true,
  emphasisFrom: [],
  avoid: [],
  // Every runner being treated (without a red flag) needs a way back; low so it ranks last.
  companionWeight: 0.5,
};

export const PROTOCOLS: readonly Protocol[] = [
  lateralHipTendinopathy,
  proximalHamstringTendinopathy,
  adductorGroinCopenhagen,
  hipJointCare,
  itbSyndrome,
  hipAbductorStrengthening,
  pelvicControl,
  hipFlexorMobility,
  generalHipStrength,
  runningRetraining,
  returnToRunning,
];

export function findProtocol(id: string): Protocol | undefined {
  return PROTOCOLS.find((protocol) => protocol.id === id);
}
