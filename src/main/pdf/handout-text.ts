/**
 * The handout's own sentences for the patient: how much pain is fine while exercising and
 * when to stop and get help. Plain words, second person, no clinical shorthand.
 */

export const EXERCISE_PAIN_GUIDE = {
  zones: [
    { range: '0-2 out of 10', meaning: 'Fine. Keep going as planned.' },
    {
      range: '3-5 out of 10',
      meaning: 'Acceptable, as long as it has settled by the next morning.',
    },
    {
      range: '6 or more out of 10',
      meaning: 'Too much. Stop, do fewer repetitions next time, and tell your physio.',
    },
  ],
  rule:
    'Score your pain from 0 (none) to 10 (the worst you can imagine) during the exercises and ' +
    'again the next morning. If the pain or stiffness the next morning is worse than usual, ' +
    'do an easier or shorter session next time.',
};

/** Added to the pain guide when the program has running in it. */
export const RUNNING_PAIN_RULE =
  'The same scale applies to running: up to 5 out of 10 is acceptable if it has settled by ' +
  'the next morning. If it is worse the next morning, go back a stage.';

/** When to stop and get help. Always printed; the referral box leads when a red flag was found. */
export const SEEK_HELP = [
  'Pain at night or at rest that does not ease when you change position.',
  'Deep pain in the groin or front of the thigh that builds when you run or walk, or pain when you stand on the sore leg alone.',
  'You start to limp, or you cannot put your weight through the leg.',
  'A fever, or a hip that becomes hot, red or swollen.',
  'Numbness, pins and needles, or new weakness in the leg.',
  'Feeling generally unwell, or losing weight without trying.',
];

export const SEEK_HELP_ACTION =
  'If any of these happen, stop the exercises and call the clinic. If the clinic is closed or ' +
  'you are very unwell, see a doctor the same day.';

export const REFERRAL_ADVICE =
  'At your visit your physio found something that needs a doctor to check it before you ' +
  'load the hip further. Please book an appointment with your doctor now and take this sheet ' +
  'with you. Do not run or hop until a doctor has seen you; only do the gentle exercises below.';

/** Printed above the exercises when any has a drawing: how to read the pictures. */
export const DRAWING_KEY =
  'How to read the drawings: the solid figure is where you start and the pale figure is ' +
  'where you move to (or, for pictures in a row, follow them left to right). The orange ' +
  'arrow shows the movement, and the coloured limb is the one doing the work.';
