import { describe, expect, it } from 'vitest';
import { deriveFindings } from '../../src/shared/clinical/findings';
import { redFlagScreen } from '../../src/shared/clinical/red-flag-screen';
import { DEFAULT_CLINICAL_SETTINGS } from '../../src/shared/clinical/settings';
import { assessmentRecordSchema } from '../../src/shared/domain/assessment';
import { programContentSchema, type ProgramContent } from '../../src/shared/domain/program';
import { seededRandom } from '../../src/main/demo-data/generate-patients';
import { firstProgram, nextVersion } from '../../src/main/demo-data/generate-programs';
import { clinicalProfile, visitRecord } from '../../src/main/demo-data/generate-visits';
import { visitCounts, visitDays } from '../../src/main/demo-data/visit-schedule';

describe('clinic-scale visit schedule', () => {
  it('adds up to the asked number of visits, most patients with 1-5 and some with 100 or more', () => {
    const counts = visitCounts(10_000, 100_000, seededRandom(3));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(100_000);
    expect(Math.min(...counts)).toBe(1);
    const few = counts.filter((count) => count <= 5).length;
    expect(few / counts.length).toBeGreaterThan(0.6);
    expect(counts.filter((count) => count >= 100).length).toBeGreaterThan(20);
  });

  it('puts visits in order within the ten years before today, opening episodes months apart', () => {
    const today = 20_000;
    const random = seededRandom(5);
    for (const count of [1, 4, 40, 200]) {
      const { days, newEpisode } = visitDays(count, today, random);
      expect(days).toHaveLength(count);
      expect([...days].sort((a, b) => a - b)).toEqual(days);
      expect(days.at(-1)!).toBeLessThanOrEqual(today);
      expect(newEpisode[0]).toBe(true);
      days.forEach((day, index) => {
        if (index > 0 && newEpisode[index])
          expect(day - days[index - 1]!).toBeGreaterThanOrEqual(60);
      });
    }
  });
});

describe('clinic-scale records', () => {
  it('makes visits and programs that pass the checks the app applies to typed ones', () => {
    const random = seededRandom(11);
    for (let serial = 0; serial < 40; serial++) {
      const profile = clinicalProfile(serial, 7);
      let content: ProgramContent | null = null;
      for (const recovery of [0, 0.4, 0.8]) {
        const record = visitRecord(profile, '2025-03-04', recovery, random);
        expect(assessmentRecordSchema.safeParse(record).error).toBeUndefined();
        const findings = deriveFindings(record, {
          patient: { dateOfBirth: '1988-05-01', sex: 'female' },
          involvedSide: profile.soreSide,
          settings: DEFAULT_CLINICAL_SETTINGS,
        });
        content = content
          ? nextVersion(content, random)
          : firstProgram(
              record,
              { redFlags: redFlagScreen(record), findings, diagnosis: record.diagnosis },
              random,
            );
        expect(programContentSchema.safeParse(content).error).toBeUndefined();
      }
    }
  });

  it('shows the sore side weaker at the first visit and catching up later', () => {
    const serial = Array.from({ length: 50 }, (_, index) => index).find((index) =>
      clinicalProfile(index, 7).tests.includes('hhd-hip-abduction'),
    )!;
    const profile = clinicalProfile(serial, 7);
    const other = profile.soreSide === 'left' ? 'right' : 'left';
    const visit = (recovery: number) =>
      visitRecord(profile, '2025-03-04', recovery, seededRandom(2));
    const ratio = (recovery: number) => {
      const result = visit(recovery).tests['hhd-hip-abduction']!;
      return (
        (result[profile.soreSide]!['peakForce'] as number) / (result[other]!['peakForce'] as number)
      );
    };
    expect(ratio(0)).toBeLessThan(0.85);
    expect(ratio(0.95)).toBeGreaterThan(0.9);
    expect(visit(0.95).subjective.pain.painNow!).toBeLessThan(visit(0).subjective.pain.painNow!);
  });
});
