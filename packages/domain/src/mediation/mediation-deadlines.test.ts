import { describe, expect, it } from 'vitest';
import { mediationDeadline, mediationDeadlineKindSchema, mediationDeadlineRules } from './mediation-deadlines.ts';

describe('mediationDeadline (domain reference §9, R-TIME-1)', () => {
  it('gives the chairman 5 working days to recognise mediators, skipping Tết Bính Ngọ (14–22/02/2026)', () => {
    expect(mediationDeadline('mediator_recognition', '2026-02-12')).toBe('2026-02-26');
  });
  it('counts 5 working days over an ordinary weekend', () => {
    expect(mediationDeadline('mediator_recognition', '2026-03-05')).toBe('2026-03-12');
  });
  it('gives the Front head 5 calendar days for the team-leader proposal, moved off a weekend', () => {
    expect(mediationDeadline('team_leader_proposal', '2026-03-02')).toBe('2026-03-09'); // 07/03 is a Saturday
    expect(mediationDeadline('team_leader_proposal', '2026-03-03')).toBe('2026-03-09');
    expect(mediationDeadline('team_leader_recognition', '2026-03-03')).toBe('2026-03-10');
  });
  it('gives 10 days to verify and 5 working days to decide a termination', () => {
    expect(mediationDeadline('termination_verification', '2026-03-02')).toBe('2026-03-12');
    expect(mediationDeadline('termination_decision', '2026-04-24')).toBe('2026-05-06'); // 27/4 Giỗ Tổ (bù), 30/4, 01/5 off
  });
  it('gives the commune 5 working days to pay remuneration and the team 3 days to pay out', () => {
    expect(mediationDeadline('remuneration_payment', '2026-08-28')).toBe('2026-09-08'); // 01–02/9 National Day off
    expect(mediationDeadline('remuneration_payout', '2026-09-01')).toBe('2026-09-04');
  });
  it('chains the accident-support steps in working days', () => {
    const forwarded = mediationDeadline('accident_support_forwarding', '2026-06-01');
    const decided = mediationDeadline('accident_support_decision', forwarded);
    expect([forwarded, decided, mediationDeadline('accident_support_payment', decided)]).toEqual([
      '2026-06-04',
      '2026-06-11',
      '2026-06-16',
    ]);
  });
  it('cites a legal source for every time limit', () => {
    for (const kind of mediationDeadlineKindSchema.options)
      expect(mediationDeadlineRules[kind].source.length).toBeGreaterThan(5);
  });
  it('refuses dates the holiday calendar does not cover', () => {
    expect(() => mediationDeadline('case_start', '2100-12-30')).toThrow(
      expect.objectContaining({ code: 'CALENDAR.OUT_OF_RANGE' }),
    );
    expect(() => mediationDeadline('case_start', '2026-02-30')).toThrow(
      expect.objectContaining({ code: 'CALENDAR.INVALID_DATE' }),
    );
  });
});
