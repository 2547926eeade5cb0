import { describe, expect, it } from 'vitest';
import { mediatorStandards } from './check-candidate-standards.ts';
import { terminationGroundSchema } from './plan-termination.ts';
import { mediatorStandardTexts, terminationGrounds, terminationReasonText } from './termination-grounds.ts';

describe('terminationGrounds (Law 35/2013 Art. 11.1)', () => {
  it('words exactly the three grounds of Art. 11.1, each citing its point', () => {
    expect(Object.keys(terminationGrounds).sort()).toEqual([...terminationGroundSchema.options].sort());
    expect(terminationGrounds.voluntary.citation).toBe('điểm a khoản 1 Điều 11 Luật Hòa giải ở cơ sở');
    expect(terminationGrounds.lost_standard.citation).toMatch(/^điểm b khoản 1 Điều 11/);
    expect(terminationGrounds.violation_or_sanctioned.citation).toMatch(/^điểm c khoản 1 Điều 11/);
    expect(terminationGrounds.violation_or_sanctioned.vi).toContain('Điều 4');
  });
  it('words every Art. 7 standard', () => {
    expect(Object.keys(mediatorStandardTexts).sort()).toEqual([...mediatorStandards].sort());
  });
  it('prints the lost standard for ground (b) only', () => {
    expect(terminationReasonText('lost_standard', 'permanent_residence')).toBe(
      'Hòa giải viên không còn đáp ứng một trong các tiêu chuẩn quy định tại Điều 7 của Luật Hòa giải ở cơ sở (không còn thường trú tại cơ sở) (theo điểm b khoản 1 Điều 11 Luật Hòa giải ở cơ sở)',
    );
    expect(terminationReasonText('voluntary', 'permanent_residence')).toBe(
      'Theo nguyện vọng của hòa giải viên (theo điểm a khoản 1 Điều 11 Luật Hòa giải ở cơ sở)',
    );
  });
});
