/**
 * Standards of a mediator candidate (tiêu chuẩn hòa giải viên) — Law 35/2013 Art. 7, rule R-MED-1.
 * Citizenship, permanent residence at the team's village and volunteering are hard facts; character,
 * persuasiveness and legal knowledge are attestations by the election organiser.
 */
import { z } from 'zod';
import { entityIdSchema } from './ids.ts';
import { issue, type Issue, type MediationCode } from './issue.ts';
import { parseInput } from '../errors/parse-input.ts';

/** The six Art. 7 standards; a mediator who loses one may be terminated (Art. 11.1.b). */
export const mediatorStandards = [
  'citizenship',
  'permanent_residence',
  'voluntary',
  'good_character',
  'persuasion',
  'legal_knowledge',
] as const;
export const mediatorStandardSchema = z.enum(mediatorStandards);
export type MediatorStandard = z.infer<typeof mediatorStandardSchema>;

/** A person proposed as mediator (người được đề xuất bầu làm hòa giải viên) — Law 35/2013 Art. 7–8. */
export const mediatorCandidateSchema = z
  .object({
    fullName: z.string().trim().min(2, 'field.FULL_NAME_TOO_SHORT').max(120, 'field.FULL_NAME_TOO_LONG'),
    /** ISO 3166-1 alpha-2 code of the citizenship; `VN` for Vietnamese citizens. */
    citizenship: z.string().regex(/^[A-Z]{2}$/, 'field.CITIZENSHIP'),
    /** The village (thôn, làng) where the candidate has permanent residence (thường trú), or null if none. */
    permanentResidenceVillageId: entityIdSchema.nullable(),
    volunteers: z.boolean(),
    attestations: z
      .object({
        goodCharacterAndRespected: z.boolean(),
        ableToPersuade: z.boolean(),
        hasLegalKnowledge: z.boolean(),
      })
      .strict(),
  })
  .strict();
export type MediatorCandidateInput = z.input<typeof mediatorCandidateSchema>;
export type MediatorCandidate = z.infer<typeof mediatorCandidateSchema>;

const codeOf: Record<MediatorStandard, MediationCode> = {
  citizenship: 'MEDIATOR.NOT_VIETNAMESE_CITIZEN',
  permanent_residence: 'MEDIATOR.NOT_PERMANENT_RESIDENT',
  voluntary: 'MEDIATOR.NOT_VOLUNTARY',
  good_character: 'MEDIATOR.CHARACTER_NOT_ATTESTED',
  persuasion: 'MEDIATOR.PERSUASION_NOT_ATTESTED',
  legal_knowledge: 'MEDIATOR.LEGAL_KNOWLEDGE_NOT_ATTESTED',
};

/** The Art. 7 standards a candidate does not meet for a team of `villageId` (empty when all are met) — R-MED-1. */
export function unmetStandards(candidate: MediatorCandidateInput, villageId: string): MediatorStandard[] {
  const c = parseInput(mediatorCandidateSchema, candidate);
  const met: Record<MediatorStandard, boolean> = {
    citizenship: c.citizenship === 'VN',
    permanent_residence: c.permanentResidenceVillageId === villageId,
    voluntary: c.volunteers,
    good_character: c.attestations.goodCharacterAndRespected,
    persuasion: c.attestations.ableToPersuade,
    legal_knowledge: c.attestations.hasLegalKnowledge,
  };
  return mediatorStandards.filter((s) => !met[s]);
}

/**
 * Every unmet Art. 7 standard as an issue (Law 35/2013 Art. 7, R-MED-1).
 * @example checkCandidateStandards(candidate, 'lang-bi-dong') // [] when the candidate may stand
 */
export function checkCandidateStandards(candidate: MediatorCandidateInput, villageId: string): Issue[] {
  return unmetStandards(candidate, villageId).map((s) => issue(codeOf[s]));
}
