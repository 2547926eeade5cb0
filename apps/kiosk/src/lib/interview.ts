/**
 * "Can this be mediated?" (issue 12, point 2): the kiosk's plain questions, in order, and what the answers mean to
 * the domain's rule (`decideMediability`, Law 35/2013 Art. 1.2, 3; Decree 15/2014 Art. 5; R-SCOPE-0/1). A land-use
 * rights dispute is in scope unless it was already filed with the commune People's Committee (Land Law 2024
 * Art. 235.2); a matter already before a court or the commune goes there; harm that needs prosecution goes to the
 * police; a risk of violence adds the duty to tell the team leader or police at once.
 */
import type { DisputeInput, ScopeCategory } from '@hgcs/domain';
import type { Answers } from './visit.svelte.ts';

export type Question = 'kind' | 'land' | 'landFiled' | 'elsewhere' | 'hurt' | 'danger';

const categories: Record<NonNullable<Answers['kind']>, ScopeCategory> = {
  neighbours: 'interpersonal_conflict',
  land: 'civil',
  family: 'marriage_family',
  harm: 'minor_violation',
  other: 'other_not_prohibited',
};

/** The questions these answers lead through, in order (the land questions only for land and property). */
export function questionsFor(a: Answers): Question[] {
  return [
    'kind',
    ...(a.kind === 'land' ? (['land'] as const) : []),
    ...(a.kind === 'land' && a.land ? (['landFiled'] as const) : []),
    ...(a.landFiled ? [] : (['elsewhere'] as const)),
    'hurt',
    'danger',
  ];
}

/** The first question not answered yet, or null when the answer can be given. */
export function nextQuestion(a: Answers): Question | null {
  return questionsFor(a).find((q) => a[q] === undefined) ?? null;
}

/** The facts the domain's rule reads, from the answers (unknown facts are "no"). */
export function toDispute(a: Answers): DisputeInput {
  const landUseRights = a.kind === 'land' && a.land === true;
  return {
    category: categories[a.kind ?? 'other'],
    landUseRights,
    otherProcedure:
      landUseRights && a.landFiled
        ? 'land_dispute_commune'
        : a.elsewhere === 'court' || a.elsewhere === 'commune_committee'
          ? a.elsewhere
          : null,
    criminal: a.hurt ? 'prosecution_required' : 'none',
    riskOfViolence: a.danger === true,
  };
}
