import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { decideMediatorElection } from './decide-mediator-election.ts';
import { electionCountOf, type MediatorElectionRecordInput } from './mediator-election-record.ts';

const record: MediatorElectionRecordInput = {
  villageId: 'lang-bi-dong',
  heldOn: '2026-03-07',
  method: 'secret_ballot',
  villageHouseholds: 160,
  participatingHouseholds: 120,
  quota: 3,
  countWitnessed: true,
  listReceivedOn: '2026-03-09',
  candidates: [
    { candidateId: 'p1', fullName: 'Đinh Thị Hờ', nomination: 'front_work_committee', votesFor: 110 },
    { candidateId: 'p2', fullName: 'Rơ Mah Blưh', nomination: 'front_work_committee', votesFor: 95 },
    { candidateId: 'p3', fullName: 'Nguyễn Văn Tâm', nomination: 'self', votesFor: 70 },
  ],
};

/** The `detail` of the INPUT.INVALID a record is refused with. */
function refusal(input: unknown): string {
  try {
    electionCountOf(input as MediatorElectionRecordInput);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'INPUT.INVALID') return String(e.params.detail);
    throw e;
  }
  throw new Error('the record was accepted');
}

describe('mediatorElectionRecordSchema and electionCountOf (Law 35/2013 Art. 8, NQLT 01/2014 Art. 12)', () => {
  it("turns a record into the count the decision reads, and the decision elects by the village's households", () => {
    const count = electionCountOf(record);
    expect(count.candidates).toEqual([
      { candidateId: 'p1', votesFor: 110 },
      { candidateId: 'p2', votesFor: 95 },
      { candidateId: 'p3', votesFor: 70 },
    ]);
    // 70 of 160 households is not more than half: one place is left for a supplementary election (Art. 8.3.c).
    expect(decideMediatorElection(count)).toMatchObject({
      outcome: 'supplementary_needed',
      elected: ['p1', 'p2'],
      placesLeft: 1,
    });
  });

  it('records how each candidate came onto the list (Art. 8.1) and refuses any other way', () => {
    expect(refusal({ ...record, candidates: [{ ...record.candidates[0], nomination: 'village_head_alone' }] })).toMatch(
      /^candidates\.0\.nomination: /,
    );
  });

  it('refuses more households taking part than the village has, naming the field', () => {
    expect(refusal({ ...record, participatingHouseholds: 161 })).toContain(
      'participatingHouseholds: Số đại diện hộ gia đình dự họp (161) vượt tổng số hộ gia đình của thôn (160)',
    );
  });

  it('refuses more votes than households taking part, naming the candidate', () => {
    const detail = refusal({
      ...record,
      candidates: [record.candidates[0], { ...record.candidates[1], votesFor: 121 }],
    });
    expect(detail).toBe(
      'candidates.1.votesFor: Số phiếu đồng ý của người ứng cử thứ 2 (121) vượt số đại diện hộ gia đình dự họp (120)',
    );
  });

  it('speaks of forms returned when households answer by opinion forms', () => {
    const detail = refusal({
      ...record,
      method: 'household_forms',
      participatingHouseholds: 50,
      candidates: [{ ...record.candidates[0], votesFor: 51 }],
    });
    expect(detail).toContain('vượt số phiếu lấy ý kiến thu về (50)');
  });

  it('refuses the same person twice, a ballot without its witness answer, and a list received before the vote', () => {
    expect(refusal({ ...record, candidates: [record.candidates[0], record.candidates[0]] })).toContain(
      'candidates.1.candidateId: Người ứng cử thứ 2 bị trùng',
    );
    expect(refusal({ ...record, countWitnessed: null })).toContain('countWitnessed: ');
    expect(refusal({ ...record, listReceivedOn: '2026-03-06' })).toContain(
      'listReceivedOn: Ngày Chủ tịch UBND xã nhận danh sách (2026-03-06) không được trước ngày bầu (2026-03-07)',
    );
  });

  it('refuses an empty village, negative or fractional votes, an empty list and a quota of zero', () => {
    expect(
      refusal({
        ...record,
        villageHouseholds: 0,
        participatingHouseholds: 0,
        candidates: [{ ...record.candidates[0], votesFor: 0 }],
      }),
    ).toContain('villageHouseholds: Tổng số hộ gia đình của thôn phải lớn hơn 0');
    expect(refusal({ ...record, candidates: [{ ...record.candidates[0], votesFor: -1 }] })).toContain(
      'candidates.0.votesFor: Không được là số âm',
    );
    expect(refusal({ ...record, candidates: [{ ...record.candidates[0], votesFor: 1.5 }] })).toContain(
      'candidates.0.votesFor: Phải là số nguyên',
    );
    expect(refusal({ ...record, candidates: [] })).toContain(
      'candidates: Danh sách bầu phải có ít nhất một người ứng cử',
    );
    expect(refusal({ ...record, quota: 0 })).toContain('quota: Số hòa giải viên cần bầu phải từ 1 trở lên');
    expect(refusal({ ...record, heldOn: '2026-02-30' })).toContain('heldOn: ');
  });
});
