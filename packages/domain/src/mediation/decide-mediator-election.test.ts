import { describe, expect, it } from 'vitest';
import { decideMediatorElection, type MediatorElectionInput } from './decide-mediator-election.ts';
import { hasMajority } from './has-majority.ts';

const base: MediatorElectionInput = {
  method: 'open_vote',
  villageHouseholds: 160,
  participatingHouseholds: 120,
  quota: 3,
  candidates: [],
};
const votes = (...v: number[]) => v.map((votesFor, i) => ({ candidateId: `c${i + 1}`, votesFor }));
const invalid = expect.objectContaining({ code: 'INPUT.INVALID' });

describe('hasMajority', () => {
  it('is strictly more than half: exactly 50 % is not a majority', () => {
    expect(hasMajority(80, 160)).toBe(false);
    expect(hasMajority(81, 160)).toBe(true);
    expect(hasMajority(2, 3)).toBe(true);
    expect(hasMajority(1, 3)).toBe(false);
    expect(hasMajority(0, 0)).toBe(false);
  });
});

describe('decideMediatorElection (Law 35/2013 Art. 8, NQLT 01/2014 Art. 12, R-MED-2)', () => {
  it("does not elect a candidate with exactly 50 % of the village's households", () => {
    const r = decideMediatorElection({ ...base, quota: 1, candidates: votes(80) });
    expect(r.elected).toEqual([]);
    expect(r.outcome).toBe('supplementary_needed');
    expect(r.placesLeft).toBe(1);
  });
  it('elects a candidate with one vote more than half of the households', () => {
    expect(decideMediatorElection({ ...base, quota: 1, candidates: votes(81) })).toMatchObject({
      outcome: 'complete',
      elected: ['c1'],
      placesLeft: 0,
    });
  });
  it('counts the majority on ALL households of the village, not on those present (default)', () => {
    // 100 of 120 present agree = 83 % of attendees but only 62.5 % of 160 → elected; 75 of 120 present = 46.9 % of 160 → not.
    expect(decideMediatorElection({ ...base, candidates: votes(100, 75) }).passed).toEqual(['c1']);
  });
  it('can count the majority on participants when the office chooses that reading (❓ parameter)', () => {
    expect(
      decideMediatorElection({ ...base, candidates: votes(100, 75) }, { majorityOf: 'participating_households' })
        .passed,
    ).toEqual(['c1', 'c2']);
  });
  it('declares a meeting with exactly 50 % of households present invalid (quorum is more than half)', () => {
    const r = decideMediatorElection({ ...base, participatingHouseholds: 80, candidates: votes(80) });
    expect(r.outcome).toBe('invalid');
    expect(r.issues.map((i) => i.code)).toEqual(['ELECTION.NO_QUORUM']);
    expect(Object.values(r.issues[0]?.params ?? {}).join(' ')).toMatch(/80.*160|160.*80/);
    expect(r.elected).toEqual([]);
  });
  it('needs no meeting quorum when households answer by opinion forms', () => {
    const r = decideMediatorElection({
      method: 'household_forms',
      villageHouseholds: 10,
      participatingHouseholds: 6,
      quota: 1,
      countWitnessed: true,
      candidates: votes(6),
    });
    expect(r).toMatchObject({ outcome: 'complete', elected: ['c1'] });
  });
  it('invalidates a secret ballot counted without a non-candidate witness', () => {
    const r = decideMediatorElection({
      ...base,
      method: 'secret_ballot',
      countWitnessed: false,
      candidates: votes(100),
    });
    expect(r.issues.map((i) => i.code)).toEqual(['ELECTION.COUNT_NOT_WITNESSED']);
  });
  it('takes the most-voted first when more candidates pass than places', () => {
    const r = decideMediatorElection({ ...base, candidates: votes(90, 110, 85, 100, 40) });
    expect(r).toMatchObject({
      outcome: 'complete',
      passed: ['c2', 'c4', 'c1', 'c3'],
      elected: ['c2', 'c4', 'c1'],
      overQuota: ['c3'],
      tiedForLastPlace: [],
    });
  });
  it('reports a tie for the last place instead of choosing arbitrarily', () => {
    const r = decideMediatorElection({ ...base, quota: 2, candidates: votes(110, 90, 90, 85) });
    expect(r).toMatchObject({
      outcome: 'tie_for_last_place',
      elected: ['c1'],
      tiedForLastPlace: ['c2', 'c3'],
      overQuota: ['c4'],
      placesLeft: 1,
    });
  });
  it('accepts a tie that fits inside the quota', () => {
    expect(decideMediatorElection({ ...base, quota: 3, candidates: votes(90, 90, 85) })).toMatchObject({
      outcome: 'complete',
      elected: ['c1', 'c2', 'c3'],
    });
  });
  it('asks for a supplementary election for the places left, which is decided the same way', () => {
    const first = decideMediatorElection({ ...base, quota: 5, candidates: votes(100, 95, 60) });
    expect(first).toMatchObject({ outcome: 'supplementary_needed', elected: ['c1', 'c2'], placesLeft: 3 });
    const second = decideMediatorElection({ ...base, quota: first.placesLeft, candidates: votes(99, 98, 97) });
    expect(second).toMatchObject({ outcome: 'complete', placesLeft: 0 });
  });
  it('refuses impossible counts and malformed input', () => {
    expect(() => decideMediatorElection({ ...base, participatingHouseholds: 161, candidates: votes(1) })).toThrow(
      invalid,
    );
    expect(() => decideMediatorElection({ ...base, candidates: votes(121) })).toThrow(invalid);
    expect(() =>
      decideMediatorElection({
        ...base,
        candidates: [
          { candidateId: 'a', votesFor: 1 },
          { candidateId: 'a', votesFor: 2 },
        ],
      }),
    ).toThrow(invalid);
    expect(() => decideMediatorElection({ ...base, method: 'secret_ballot', candidates: votes(1) })).toThrow(invalid);
    expect(() => decideMediatorElection({ ...base, candidates: [] })).toThrow(invalid);
    expect(() => decideMediatorElection({ ...base, quota: 0, candidates: votes(1) })).toThrow(invalid);
    expect(() => decideMediatorElection({ ...base, candidates: votes(-1) })).toThrow(invalid);
  });
});

describe('decideMediatorElection names the field of an impossible count', () => {
  it('says which candidate has more votes than households taking part', () => {
    const refused = (path: string, code: string, params: Record<string, number>) =>
      expect.objectContaining({ code: 'INPUT.INVALID', details: [{ path, code, params }] });
    expect(() => decideMediatorElection({ ...base, candidates: votes(10, 121) })).toThrow(
      refused('candidates.1.votesFor', 'field.VOTES_EXCEED_HOUSEHOLDS', { n: 2, votes: 121, count: 120 }),
    );
    expect(() => decideMediatorElection({ ...base, participatingHouseholds: 200, candidates: votes(1) })).toThrow(
      refused('participatingHouseholds', 'field.HOUSEHOLDS_EXCEED_VILLAGE', { count: 200, households: 160 }),
    );
  });
});
