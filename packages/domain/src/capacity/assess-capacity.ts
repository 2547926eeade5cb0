/**
 * Capacity assessment of a mediator (khảo sát, đánh giá năng lực) — plan task 3b; Decision 315/QĐ-TTg task group
 * "build a qualified mediator force". ❓ No national rubric exists: the competencies, scale and marks are a parameter
 * (`defaultCapacityRubric`: five competencies scored 1–5, pass 3, good 4).
 */
import { z } from 'zod';
import { DomainError } from '../errors/domain-error.ts';
import { isoDateSchema, parseInput } from '../budget/input.ts';

/** The rubric: competencies, the score scale, and the marks for "competent" and "good". */
export const capacityRubricSchema = z
  .object({
    competencies: z
      .array(z.object({ code: z.string().regex(/^[a-z_]+$/), vi: z.string().min(2), en: z.string().min(2) }).strict())
      .min(1),
    scaleMin: z.number().int(),
    scaleMax: z.number().int(),
    passMark: z.number(),
    goodMark: z.number(),
  })
  .strict()
  .refine(
    (r) => r.scaleMin < r.scaleMax && r.scaleMin <= r.passMark && r.passMark <= r.goodMark && r.goodMark <= r.scaleMax,
    { message: 'field.SCALE' },
  );
export type CapacityRubric = z.infer<typeof capacityRubricSchema>;

/** Default rubric (❓ local choice, not a legal text): the Law's mediator standards (Art. 7) and skills the plan names. */
export const defaultCapacityRubric: CapacityRubric = {
  competencies: [
    { code: 'legal_knowledge', vi: 'Hiểu biết pháp luật', en: 'Legal knowledge' },
    { code: 'mediation_skills', vi: 'Kỹ năng hòa giải', en: 'Mediation skills' },
    { code: 'persuasion', vi: 'Khả năng thuyết phục, vận động nhân dân', en: 'Persuading and mobilising people' },
    {
      code: 'customs_and_language',
      vi: 'Hiểu phong tục, tập quán, tiếng dân tộc tại chỗ',
      en: 'Local customs and language',
    },
    { code: 'record_keeping', vi: 'Ghi sổ theo dõi, lập văn bản hòa giải thành', en: 'Logbook and written agreements' },
  ],
  scaleMin: 1,
  scaleMax: 5,
  passMark: 3,
  goodMark: 4,
};

export const capacityAssessmentSchema = z
  .object({
    mediatorId: z.string().trim().min(1).max(64),
    assessedOn: isoDateSchema,
    scores: z.record(z.string(), z.number()),
  })
  .strict();
export type CapacityAssessment = z.infer<typeof capacityAssessmentSchema>;

export type CapacityLevel = 'needs_training' | 'competent' | 'good';
export type CapacityResult = {
  mediatorId: string;
  assessedOn: string;
  average: number;
  level: CapacityLevel;
  weakCompetencies: string[];
};

/** Average score, level (below pass → needs training; below good → competent; else good) and weak competencies. */
export function assessCapacity(
  assessment: CapacityAssessment,
  rubric: CapacityRubric = defaultCapacityRubric,
): CapacityResult {
  const a = parseInput(capacityAssessmentSchema, assessment);
  const r = parseInput(capacityRubricSchema, rubric);
  const codes = new Set(r.competencies.map((c) => c.code));
  for (const code of Object.keys(a.scores))
    if (!codes.has(code)) throw new DomainError('CAPACITY.UNKNOWN_COMPETENCY', { competency: code });
  const scores = r.competencies.map(({ code }) => {
    const score = a.scores[code];
    if (score === undefined) throw new DomainError('CAPACITY.MISSING_SCORE', { competency: code });
    if (score < r.scaleMin || score > r.scaleMax)
      throw new DomainError('CAPACITY.SCORE_OUT_OF_SCALE', {
        competency: code,
        score,
        min: r.scaleMin,
        max: r.scaleMax,
      });
    return { code, score };
  });
  const sum = scores.reduce((t, s) => t + s.score, 0);
  const n = scores.length;
  // compare sums, not a rounded average, so an average of exactly the mark passes
  const level: CapacityLevel = sum < r.passMark * n ? 'needs_training' : sum < r.goodMark * n ? 'competent' : 'good';
  const average = Math.round((sum / n) * 100) / 100;
  return {
    mediatorId: a.mediatorId,
    assessedOn: a.assessedOn,
    average,
    level,
    weakCompetencies: scores.filter((s) => s.score < r.passMark).map((s) => s.code),
  };
}
