import { describe, expect, it } from 'vitest';
import { receiveCase } from '../mediation/case-state.ts';
import { transitionCase } from '../mediation/transition-case.ts';
import { outcomeEvent } from './outcome-input.ts';

const started = transitionCase(
  transitionCase(
    receiveCase('2026-03-02'),
    { type: 'assign', mediators: [{ mediatorId: 'a', conflicted: false }] },
    'team_leader',
    '2026-03-02',
  ),
  { type: 'start' },
  'team_leader',
  '2026-03-03',
);
const agreement = {
  basis: 'Hai bên yêu cầu (Điều 16.1)',
  parties: [
    { partyId: 'p1', fullName: 'Rơ Mah H’Bla', address: 'làng Bi Dông' },
    { partyId: 'p2', fullName: 'Đinh Văn Hùng', address: 'làng Bi Dông' },
  ],
  matterSummary: 'Lối đi chung',
  mediationCourse: 'Hai buổi hòa giải',
  agreementAndMeasures: 'Mở lại lối đi rộng 2 m',
  rightsAndObligations: 'Hộ ông Hùng tháo hàng rào',
  performanceMethodAndTime: 'Trước ngày 30/4/2026',
  mediatorIds: ['a'],
  signatures: [
    { signerId: 'p1', mark: 'fingerprint' as const },
    { signerId: 'p2', mark: 'signature' as const },
    { signerId: 'a', mark: 'signature' as const },
  ],
};

describe('outcomeEvent (Law 35/2013 Art. 23–24, 27)', () => {
  it('turns each ending into its case event and day', () => {
    expect(outcomeEvent({ outcome: 'unsuccessful', endedOn: '2026-03-20' })).toEqual({
      event: { type: 'record_unsuccessful' },
      on: '2026-03-20',
    });
    expect(outcomeEvent({ outcome: 'stopped_by_party', endedOn: '2026-03-20' }).event.type).toBe(
      'record_stopped_by_party',
    );
    const { event, on } = outcomeEvent({ outcome: 'successful', endedOn: '2026-03-10', writtenAgreement: agreement });
    expect(transitionCase(started, event, 'team_leader', on)).toMatchObject({
      status: 'successful',
      hasWrittenAgreement: true,
      endedOn: '2026-03-10',
    });
  });
  it('cannot close a case as successful on an incomplete written agreement (Art. 24.2, R-CASE-3)', () => {
    const { event, on } = outcomeEvent({
      outcome: 'successful',
      endedOn: '2026-03-10',
      writtenAgreement: { ...agreement, signatures: agreement.signatures.slice(1) },
    });
    expect(() => transitionCase(started, event, 'team_leader', on)).toThrow(
      expect.objectContaining({ code: 'CASE.WRITTEN_AGREEMENT_INCOMPLETE', params: { count: 1 } }),
    );
  });
  it('refuses an unknown outcome and a bad date', () => {
    expect(() => outcomeEvent({ outcome: 'abandoned', endedOn: '2026-03-10' } as never)).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ path: 'outcome', code: 'field.CASE_OUTCOME' })] }),
    );
    expect(() => outcomeEvent({ outcome: 'unsuccessful', endedOn: '10/03/2026' })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});
