import { describe, expect, it } from 'vitest';
import { RED_FLAG_QUESTIONS } from '../../src/shared/clinical/catalogue/red-flags';
import { redFlagScreen } from '../../src/shared/clinical/red-flag-screen';
import { assessmentWith } from '../support/assessment-builder';

const allNo = Object.fromEntries(
  RED_FLAG_QUESTIONS.map((question) => [question.id, 'no' as const]),
);

describe('red-flag screen', () => {
  it('is incomplete until every question is answered', () => {
    const screen = redFlagScreen(assessmentWith());
    expect(screen.complete).toBe(false);
    expect(screen.unanswered).toHaveLength(RED_FLAG_QUESTIONS.length);
    expect(redFlagScreen(assessmentWith({ redFlags: allNo })).complete).toBe(true);
  });

  it('is clear when every answer is no', () => {
    expect(redFlagScreen(assessmentWith({ redFlags: allNo }))).toMatchObject({
      referralAdvised: false,
      stressFractureSuspected: false,
      noRunning: false,
      noHopping: false,
      reasons: [],
    });
  });

  it('advises referral, no running and no hopping on any yes', () => {
    const screen = redFlagScreen(
      assessmentWith({ redFlags: { ...allNo, 'cancer-history': 'yes' } }),
    );
    expect(screen).toMatchObject({
      referralAdvised: true,
      noRunning: true,
      noHopping: true,
      stressFractureSuspected: false,
      reasons: ['a history of cancer'],
    });
  });

  it('suspects a femoral stress fracture from the history', () => {
    const screen = redFlagScreen(
      assessmentWith({ redFlags: { ...allNo, 'deep-groin-pain-running': 'yes' } }),
    );
    expect(screen.stressFractureSuspected).toBe(true);
    expect(screen.reasons[0]).toMatch(/stress fracture/);
  });

  it('suspects one from a painful fulcrum test even with a clear history', () => {
    const screen = redFlagScreen(
      assessmentWith({ redFlags: allNo, tests: { fulcrum: { right: { pain: 'yes' } } } }),
    );
    expect(screen.stressFractureSuspected).toBe(true);
    expect(screen.referralAdvised).toBe(true);
    expect(screen.reasons).toEqual([
      'painful fulcrum test on the right (possible femoral shaft stress fracture)',
    ]);
  });
});
