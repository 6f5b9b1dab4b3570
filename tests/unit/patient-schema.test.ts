import { describe, expect, it } from 'vitest';
import { localToday, patientInputSchema } from '../../src/shared/domain/patient';

function messagesFor(input: unknown): Record<string, string> {
  const result = patientInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
  );
}

describe('patient record validation', () => {
  it('accepts a full record and turns form text into typed values', () => {
    const parsed = patientInputSchema.parse({
      firstName: '  Zoë ',
      lastName: 'Łukasiewicz',
      dateOfBirth: '1990-02-28',
      sex: 'female',
      email: 'zoe@example.com',
      phone: '+61 (0)412-345-678',
      notes: '',
      runningProfile: {
        weeklyDistanceKm: '42.5',
        yearsRunning: '6',
        surfaces: ['road', 'trail', 'road'],
        goalEvent: 'City Marathon',
        goalEventDate: '2027-04-11',
        shoeModel: '',
        shoeDistanceKm: '',
      },
    });
    expect(parsed.firstName).toBe('Zoë');
    expect(parsed.notes).toBeNull();
    expect(parsed.runningProfile.weeklyDistanceKm).toBe(42.5);
    expect(parsed.runningProfile.surfaces).toEqual(['road', 'trail']);
    expect(parsed.runningProfile.shoeModel).toBeNull();
    expect(parsed.runningProfile.shoeDistanceKm).toBeNull();
  });

  it('needs a first and last name', () => {
    expect(messagesFor({ firstName: ' ', lastName: '' })).toMatchObject({
      firstName: 'First name is required',
      lastName: 'Last name is required',
    });
    expect(messagesFor({})).toMatchObject({ firstName: 'First name is required' });
  });

  it('refuses a birth date in the future or one that does not exist', () => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    expect(
      messagesFor({ firstName: 'A', lastName: 'B', dateOfBirth: localToday(tomorrow) }),
    ).toEqual({
      dateOfBirth: 'Date of birth cannot be in the future',
    });
    expect(messagesFor({ firstName: 'A', lastName: 'B', dateOfBirth: '1990-02-30' })).toEqual({
      dateOfBirth: 'Date of birth must be a real date (YYYY-MM-DD)',
    });
    expect(messagesFor({ firstName: 'A', lastName: 'B', dateOfBirth: localToday() })).toEqual({});
  });

  it('needs an email that looks like one and a phone with enough digits', () => {
    expect(messagesFor({ firstName: 'A', lastName: 'B', email: 'zoe.example.com' })).toEqual({
      email: 'Email must look like name@example.com',
    });
    expect(messagesFor({ firstName: 'A', lastName: 'B', phone: '12ab' })).toMatchObject({
      phone: 'Phone may contain only digits, spaces, +, -, ( and )',
    });
    expect(messagesFor({ firstName: 'A', lastName: 'B', phone: '123' })).toEqual({
      phone: 'Phone needs at least 6 digits',
    });
  });

  it('keeps running numbers within sensible ranges', () => {
    expect(
      messagesFor({ firstName: 'A', lastName: 'B', runningProfile: { weeklyDistanceKm: '-1' } }),
    ).toEqual({ 'runningProfile.weeklyDistanceKm': 'Weekly distance cannot be less than 0 km' });
    expect(
      messagesFor({ firstName: 'A', lastName: 'B', runningProfile: { yearsRunning: 'lots' } }),
    ).toEqual({ 'runningProfile.yearsRunning': 'Years running must be a number' });
  });

  it('treats blank as not recorded and refuses anything that is not plainly a number', () => {
    const blank = patientInputSchema.parse({
      firstName: 'A',
      lastName: 'B',
      runningProfile: { weeklyDistanceKm: '   ', yearsRunning: '4,5' },
    });
    expect(blank.runningProfile.weeklyDistanceKm).toBeNull();
    expect(blank.runningProfile.yearsRunning).toBe(4.5);
    for (const junk of ['0x10', true, [5], '5 km', '1e3']) {
      expect(
        messagesFor({ firstName: 'A', lastName: 'B', runningProfile: { weeklyDistanceKm: junk } }),
        String(junk),
      ).toEqual({ 'runningProfile.weeklyDistanceKm': 'Weekly distance must be a number' });
    }
  });
});
