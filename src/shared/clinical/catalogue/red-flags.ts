/**
 * The red-flag screen, asked before any examination or advice. Any "yes" means: refer, no
 * running and no hopping, and the handout tells the patient to see a doctor. Some answers
 * also mean a femoral stress fracture is suspected, which hides hop testing.
 */

export type RedFlagConcern =
  'stress-fracture' | 'infection-or-inflammation' | 'serious-disease' | 'nerve' | 'injury';

export interface RedFlagQuestion {
  id: string;
  question: string;
  /** The banner's reason, in plain words. */
  reason: string;
  concern: RedFlagConcern;
}

export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  {
    id: 'deep-groin-pain-running',
    question: 'Deep groin or front-of-thigh pain that comes on with running and builds?',
    reason: 'deep groin or thigh pain with running (possible femoral stress fracture)',
    concern: 'stress-fracture',
  },
  {
    id: 'pain-standing-on-leg',
    question: 'Pain when standing on the sore leg alone?',
    reason: 'pain on standing on one leg (possible stress fracture)',
    concern: 'stress-fracture',
  },
  {
    id: 'limping',
    question: 'Limping, or pain that changes how they walk?',
    reason: 'a painful limp',
    concern: 'stress-fracture',
  },
  {
    id: 'stress-fracture-risk',
    question: 'A previous stress fracture, low energy intake, or missed periods?',
    reason: 'risk factors for bone stress injury',
    concern: 'stress-fracture',
  },
  {
    id: 'night-or-rest-pain',
    question: 'Constant pain at night or at rest that does not ease with position?',
    reason: 'constant night or rest pain',
    concern: 'serious-disease',
  },
  {
    id: 'cannot-bear-weight',
    question: 'Unable to take weight through the leg?',
    reason: 'unable to bear weight',
    concern: 'injury',
  },
  {
    id: 'trauma',
    question: 'A fall, collision or other injury before the pain began?',
    reason: 'pain after trauma',
    concern: 'injury',
  },
  {
    id: 'fever-hot-joint',
    question: 'Fever, or a hot, swollen hip?',
    reason: 'fever or a hot swollen joint (possible infection)',
    concern: 'infection-or-inflammation',
  },
  {
    id: 'unwell',
    question: 'Feeling generally unwell?',
    reason: 'feeling generally unwell',
    concern: 'serious-disease',
  },
  {
    id: 'weight-loss',
    question: 'Weight loss they cannot explain?',
    reason: 'unexplained weight loss',
    concern: 'serious-disease',
  },
  {
    id: 'cancer-history',
    question: 'Any history of cancer?',
    reason: 'a history of cancer',
    concern: 'serious-disease',
  },
  {
    id: 'nerve-signs',
    question: 'Numbness, pins and needles, or weakness in the leg?',
    reason: 'numbness or weakness (possible nerve involvement)',
    concern: 'nerve',
  },
];

/** Warning signs: not a referral on their own, but worth a note and a cautious plan. */
export const WARNING_SIGNS = [
  {
    id: 'pain-beyond-rest',
    question: 'Pain lasting more than 2-3 days of rest?',
    note: 'pain lasting beyond 2-3 days of rest',
  },
  {
    id: 'locking',
    question: 'Clicking or locking with lost movement?',
    note: 'clicking or locking with lost movement (possible joint source)',
  },
] as const;
