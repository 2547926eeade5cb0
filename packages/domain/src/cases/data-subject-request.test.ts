import { describe, expect, it } from 'vitest';
import { dataSubjectRequestClock, dataSubjectRequestStage } from './data-subject-request.ts';

describe('dataSubjectRequestClock (Decree 356/2025 Art. 5; PDP-06)', () => {
  it('gives an access request 2 working days to acknowledge and 10 days to complete', () => {
    // Mon 02/03/2026: ack Wed 04/03; + 10 = Thu 12/03
    expect(dataSubjectRequestClock({ kind: 'access', receivedOn: '2026-03-02' })).toEqual({
      acknowledgeBy: '2026-03-04',
      completeBy: '2026-03-12',
      remindOn: { half: '2026-03-07', fourFifths: '2026-03-10' },
    });
  });
  it('skips 30/4–1/5 and the weekend when acknowledging, and moves a completion off Tết', () => {
    expect(dataSubjectRequestClock({ kind: 'access', receivedOn: '2026-04-28' }).acknowledgeBy).toBe('2026-05-04');
    // 27/01/2026 + 20 = 16/02/2026, in Tết (14–22/02) → 23/02
    expect(dataSubjectRequestClock({ kind: 'deletion', receivedOn: '2026-01-27' }).completeBy).toBe('2026-02-23');
  });
  it('lengthens the period when a third party must act, and once more with an extension', () => {
    const base = { kind: 'deletion' as const, receivedOn: '2026-03-02' };
    expect(dataSubjectRequestClock(base).completeBy).toBe('2026-03-23'); // 22/03 Sunday → 23/03
    expect(dataSubjectRequestClock({ ...base, thirdPartyMustAct: true }).completeBy).toBe('2026-04-01');
    expect(
      dataSubjectRequestClock({
        ...base,
        extension: { reason: 'Cần xác minh với tổ hòa giải', notifiedOn: '2026-03-20' },
      }).completeBy,
    ).toBe('2026-04-13'); // + 40 = 11/04 Saturday → 13/04
  });
  it('refuses an extension without a reason, or notified before the request', () => {
    const invalid = (path: string, code: string) =>
      expect.objectContaining({ code: 'INPUT.INVALID', details: [expect.objectContaining({ path, code })] });
    expect(() =>
      dataSubjectRequestClock({
        kind: 'access',
        receivedOn: '2026-03-02',
        extension: { reason: '', notifiedOn: '2026-03-05' },
      }),
    ).toThrow(invalid('extension.reason', 'field.EXTENSION_REASON_REQUIRED'));
    expect(() =>
      dataSubjectRequestClock({
        kind: 'access',
        receivedOn: '2026-03-02',
        extension: { reason: 'Cần thêm thời gian', notifiedOn: '2026-03-01' },
      }),
    ).toThrow(invalid('extension.notifiedOn', 'field.EXTENSION_BEFORE_REQUEST'));
    expect(() => dataSubjectRequestClock({ kind: 'forget_me', receivedOn: '2026-03-02' } as never)).toThrow(
      invalid('kind', 'field.DSR_KIND'),
    );
  });
  it('says when to remind and when the request is overdue', () => {
    const clock = dataSubjectRequestClock({ kind: 'access', receivedOn: '2026-03-02' });
    expect(
      ['2026-03-06', '2026-03-07', '2026-03-10', '2026-03-12', '2026-03-13'].map((d) =>
        dataSubjectRequestStage(clock, d),
      ),
    ).toEqual(['on_time', 'reminder_half', 'reminder_four_fifths', 'reminder_four_fifths', 'overdue']);
  });
});
