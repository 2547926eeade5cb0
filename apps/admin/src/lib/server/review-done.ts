/** The `reviewDone` form action the dashboard and a team's page share: marks a team's yearly review done. */
import { teamReviewDoneSchema } from '@hgcs/domain';
import { translator } from '@hgcs/i18n';
import { fail, type RequestEvent } from '@sveltejs/kit';
import { apiError } from './api.ts';

export async function reviewDone({ request, locals }: Pick<RequestEvent, 'request' | 'locals'>) {
  const parsed = teamReviewDoneSchema.safeParse({ teamId: (await request.formData()).get('teamId') });
  if (!parsed.success) return fail(400, { form: 'reviewDone', message: translator(locals.lang)('field.TEAM_ID') });
  try {
    await locals.api.teamReview.complete.mutate(parsed.data);
  } catch (e) {
    const { status, message } = apiError(e, locals.lang);
    return fail(status, { form: 'reviewDone', message });
  }
  return { form: 'reviewDone', message: translator(locals.lang)('review.marked') };
}
