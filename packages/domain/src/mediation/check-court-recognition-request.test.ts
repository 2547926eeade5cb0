import { describe, expect, it } from 'vitest';
import { checkCourtRecognitionRequest, type CourtRecognitionRequestInput } from './check-court-recognition-request.ts';

const ready: CourtRecognitionRequestInput = {
  caseStatus: 'follow_up',
  agreementOn: '2026-03-10',
  hasWrittenAgreement: true,
  partiesHaveFullCivilCapacity: true,
  partiesHoldRightsConcerned: true,
  affectedThirdPartyConsents: null,
  requestedByAParty: true,
  voluntaryLawfulAndEthical: true,
};
const codes = (input: CourtRecognitionRequestInput, today = '2026-04-01') =>
  checkCourtRecognitionRequest(input, today).map((i) => i.code);

describe('checkCourtRecognitionRequest (BLTTDS 2015 Art. 416–418, R-COURT-1)', () => {
  it('accepts a successful case with a written record inside 6 months', () => {
    expect(codes(ready)).toEqual([]);
    expect(codes({ ...ready, affectedThirdPartyConsents: true })).toEqual([]);
  });
  it('requires the written successful-mediation record (Art. 418.2)', () => {
    expect(codes({ ...ready, hasWrittenAgreement: false })).toEqual(['COURT.NO_WRITTEN_RECORD']);
  });
  it('refuses after the 6-month window, naming its last day', () => {
    const [late] = checkCourtRecognitionRequest(ready, '2026-09-11');
    expect(late).toMatchObject({ code: 'COURT.DEADLINE_PASSED', params: { deadline: '2026-09-10' } });
    expect(codes(ready, '2026-09-10')).toEqual([]);
  });
  it('lists every unmet Art. 417 condition at once', () => {
    expect(
      codes({
        ...ready,
        caseStatus: 'unsuccessful',
        partiesHaveFullCivilCapacity: false,
        partiesHoldRightsConcerned: false,
        affectedThirdPartyConsents: false,
        requestedByAParty: false,
        voluntaryLawfulAndEthical: false,
      }),
    ).toEqual([
      'COURT.CASE_NOT_SUCCESSFUL',
      'COURT.PARTY_LACKS_CAPACITY',
      'COURT.PARTY_NOT_RIGHT_HOLDER',
      'COURT.THIRD_PARTY_NOT_CONSENTING',
      'COURT.NO_REQUESTING_PARTY',
      'COURT.AGREEMENT_NOT_VALID',
    ]);
  });
  it('refuses bad input', () => {
    expect(() => checkCourtRecognitionRequest({ ...ready, agreementOn: '2026-13-01' }, '2026-04-01')).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
    expect(() => checkCourtRecognitionRequest(ready, 'today')).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});
