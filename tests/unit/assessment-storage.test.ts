import { describe, expect, it } from 'vitest';
import {
  fromStoredRecord,
  StoredUnitError,
  toStoredRecord,
} from '../../src/main/db/assessment-storage';
import { assessmentWith } from '../support/assessment-builder';

describe('how a visit is kept on disk', () => {
  const record = assessmentWith({
    bodyMassKg: 70.5,
    tests: {
      'hhd-hip-abduction': { shared: { leverArm: 0.8, method: 'break' }, left: { peakForce: 180 } },
      fadir: { right: { pain: 'yes', painLocation: 'groin' } },
    },
  });

  it('stores each measured number with its unit and reads it back unchanged', () => {
    const stored = toStoredRecord(record);
    expect(stored.bodyMassKg).toEqual({ value: 70.5, unit: 'kg' });
    expect(stored.tests['hhd-hip-abduction']).toEqual({
      shared: { leverArm: { value: 0.8, unit: 'm' }, method: 'break' },
      left: { peakForce: { value: 180, unit: 'N' } },
    });
    expect(stored.tests['fadir']).toEqual({ right: { pain: 'yes', painLocation: 'groin' } });
    expect(fromStoredRecord(JSON.parse(JSON.stringify(stored)))).toEqual(record);
  });

  it('refuses to read a value stored in a unit the catalogue no longer uses', () => {
    const stored = toStoredRecord(record);
    stored.tests['hhd-hip-abduction']!.left!['peakForce'] = { value: 18, unit: 'kg' };
    expect(() => fromStoredRecord(stored)).toThrow(StoredUnitError);
  });
});
