import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../src/shared/domain/audit';
import { contract } from '../../src/shared/ipc/contract';
import { IPC_METHODS } from '../../src/shared/ipc/methods';
import { AUDIT_RULES, isAudited } from '../../src/main/audit/audit-rules';

describe('the audit rules', () => {
  it('cover every method of the contract, and nothing else', () => {
    expect(Object.keys(AUDIT_RULES).sort()).toEqual([...IPC_METHODS].sort());
    expect(Object.keys(contract).sort()).toEqual([...IPC_METHODS].sort());
  });

  it('give each method left out a reason a reviewer can judge', () => {
    for (const method of IPC_METHODS) {
      const rule = AUDIT_RULES[method];
      if (isAudited(rule)) continue;
      expect(rule.notAudited.length, method).toBeGreaterThan(25);
      expect(rule.notAudited, method).toMatch(/[.)]$/);
    }
  });

  it('name a known action and a subject for each method audited', () => {
    for (const method of IPC_METHODS) {
      const rule = AUDIT_RULES[method];
      if (!isAudited(rule)) continue;
      expect(AUDIT_ACTIONS, method).toContain(rule.action);
      expect(rule.subject.length, method).toBeGreaterThan(2);
    }
  });

  it('audit every change to a patient’s record, and the opening of one', () => {
    const mustBeAudited = [
      'patients.get',
      'patients.create',
      'patients.update',
      'patients.archive',
      'patients.restore',
      'patients.exportRecord',
      'patients.erase',
      'assessments.start',
      'assessments.get',
      'assessments.finalise',
      'assessments.amend',
      'programs.create',
      'programs.saveVersion',
      'handouts.save',
      'handouts.recordPrint',
      'mail.queue',
      'mail.retry',
    ] as const;
    for (const method of mustBeAudited) expect(isAudited(AUDIT_RULES[method]), method).toBe(true);
  });

  it('never name the patient in an erasure’s entry', () => {
    const erase = AUDIT_RULES['patients.erase'];
    expect(isAudited(erase) && (erase.patientBefore ?? erase.patientAfter)).toBeFalsy();
  });
});
