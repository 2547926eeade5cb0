/**
 * The mediators' remuneration claim of a period (issue 11, point 9; Decree 15/2014 Art. 13–14): the payable cases
 * with their amounts per case, team and mediator as the domain decides, the cases left out and why, the list as XLSX
 * or DOCX for the commune's confirmation, and recording it as paid — once per case. `?from=&to=` picks the period
 * (default: the current quarter).
 */
import { caseClaimInputSchema, caseClaimPaySchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { submit } from '#lib/server/case-form.ts';
import { valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

/** The quarter of `today`: its first and last day. */
function quarterOf(today: string) {
  const year = today.slice(0, 4);
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const last = ['03-31', '06-30', '09-30', '12-31'][q]!;
  return { from: `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`, to: `${year}-${last}` };
}

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('case.claim')) error(403, errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const asked = caseClaimInputSchema.safeParse({
    from: url.searchParams.get('from') ?? '',
    to: url.searchParams.get('to') ?? '',
  });
  const period = asked.success ? asked.data : quarterOf(me.today);
  const claim = await locals.api.case.claim.query(period).catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status, message);
  });
  return { period, claim };
};

export const actions: Actions = {
  pay: async ({ request, locals }) => {
    const v = valuesOf(await request.formData());
    const input = { from: v.from ?? '', to: v.to ?? '', paidOn: v.paidOn ?? '' };
    return submit('pay', locals.lang, caseClaimPaySchema, input, v, (d) => locals.api.case.payClaim.mutate(d));
  },
};
