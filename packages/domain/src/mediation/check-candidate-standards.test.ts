import { describe, expect, it } from 'vitest';
import { checkCandidateStandards, unmetStandards, type MediatorCandidateInput } from './check-candidate-standards.ts';

const candidate: MediatorCandidateInput = {
  fullName: "Rơ Châm H'Lan",
  citizenship: 'VN',
  permanentResidenceVillageId: 'lang-bi-dong',
  volunteers: true,
  attestations: { goodCharacterAndRespected: true, ableToPersuade: true, hasLegalKnowledge: true },
};

describe('checkCandidateStandards (Law 35/2013 Art. 7, R-MED-1)', () => {
  it('accepts a candidate who meets every standard', () => {
    expect(checkCandidateStandards(candidate, 'lang-bi-dong')).toEqual([]);
  });
  it('refuses a foreign citizen', () => {
    expect(checkCandidateStandards({ ...candidate, citizenship: 'LA' }, 'lang-bi-dong').map((i) => i.code)).toEqual([
      'MEDIATOR.NOT_VIETNAMESE_CITIZEN',
    ]);
  });
  it('refuses a resident of another village or someone with no permanent residence', () => {
    expect(unmetStandards(candidate, 'lang-bi-da')).toEqual(['permanent_residence']);
    expect(unmetStandards({ ...candidate, permanentResidenceVillageId: null }, 'lang-bi-dong')).toEqual([
      'permanent_residence',
    ]);
  });
  it('lists every unmet standard at once, by code', () => {
    const issues = checkCandidateStandards(
      {
        ...candidate,
        citizenship: 'KH',
        volunteers: false,
        attestations: { goodCharacterAndRespected: false, ableToPersuade: false, hasLegalKnowledge: false },
      },
      'other',
    );
    expect(issues.map((i) => i.code)).toEqual([
      'MEDIATOR.NOT_VIETNAMESE_CITIZEN',
      'MEDIATOR.NOT_PERMANENT_RESIDENT',
      'MEDIATOR.NOT_VOLUNTARY',
      'MEDIATOR.CHARACTER_NOT_ATTESTED',
      'MEDIATOR.PERSUASION_NOT_ATTESTED',
      'MEDIATOR.LEGAL_KNOWLEDGE_NOT_ATTESTED',
    ]);
  });
  it('refuses bad input with INPUT.INVALID', () => {
    expect(() => checkCandidateStandards({ ...candidate, citizenship: 'Vietnam' }, 'x')).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
    expect(() => checkCandidateStandards({ ...candidate, extra: 1 } as unknown as MediatorCandidateInput, 'x')).toThrow(
      expect.objectContaining({
        details: [expect.objectContaining({ code: 'field.UNKNOWN_KEY', params: { key: 'extra' } })],
      }),
    );
  });
});
