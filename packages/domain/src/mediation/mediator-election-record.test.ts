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

/** The details of the INPUT.INVALID a record is refused with, one `path: key {params}` line each. */
function refusal(input: unknown): string {
  try {
    electionCountOf(input as MediatorElectionRecordInput);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'INPUT.INVALID')
      return e.details
        .map((d) => `${d.path}: ${d.code}${Object.keys(d.params ?? {}).length ? ` ${JSON.stringify(d.params)}` : ''}`)
        .join('\n');
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
      'participatingHouseholds: field.HOUSEHOLDS_EXCEED_VILLAGE {"count":161,"households":160}',
    );
  });

  it('refuses more votes than households taking part, naming the candidate', () => {
    const detail = refusal({
      ...record,
      candidates: [record.candidates[0], { ...record.candidates[1], votesFor: 121 }],
    });
    expect(detail).toBe('candidates.1.votesFor: field.VOTES_EXCEED_HOUSEHOLDS {"n":2,"votes":121,"count":120}');
  });

  it('refuses more votes than opinion forms returned when households answer by forms', () => {
    const detail = refusal({
      ...record,
      method: 'household_forms',
      participatingHouseholds: 50,
      candidates: [{ ...record.candidates[0], votesFor: 51 }],
    });
    expect(detail).toContain('field.VOTES_EXCEED_HOUSEHOLDS {"n":1,"votes":51,"count":50}');
  });

  it('refuses the same person twice, a ballot without its witness answer, and a list received before the vote', () => {
    expect(refusal({ ...record, candidates: [record.candidates[0], record.candidates[0]] })).toContain(
      'candidates.1.candidateId: field.DUPLICATE_CANDIDATE_N {"n":2}',
    );
    expect(refusal({ ...record, countWitnessed: null })).toContain('countWitnessed: ');
    expect(refusal({ ...record, listReceivedOn: '2026-03-06' })).toContain(
      'listReceivedOn: field.LIST_RECEIVED_BEFORE_ELECTION {"received":"2026-03-06","held":"2026-03-07"}',
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
    ).toContain('villageHouseholds: field.VILLAGE_HOUSEHOLDS_MIN');
    expect(refusal({ ...record, candidates: [{ ...record.candidates[0], votesFor: -1 }] })).toContain(
      'candidates.0.votesFor: field.NOT_NEGATIVE',
    );
    expect(refusal({ ...record, candidates: [{ ...record.candidates[0], votesFor: 1.5 }] })).toContain(
      'candidates.0.votesFor: field.INTEGER',
    );
    expect(refusal({ ...record, candidates: [] })).toContain('candidates: field.CANDIDATES_REQUIRED');
    expect(refusal({ ...record, quota: 0 })).toContain('quota: field.QUOTA_MIN');
    expect(refusal({ ...record, heldOn: '2026-02-30' })).toContain('heldOn: ');
  });
});
