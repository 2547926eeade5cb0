/**
 * Data-subject requests about case files (issue 11, point 10; Law 91/2025, Decree 356/2025 Art. 5; PDP-06): the list
 * with each request's legal clock (due date, days left, overdue shown plainly), recording one (kind, received on, who
 * asked and what, the case(s) by tracking code) and answering it (done, or refused naming the rule). The justice
 * officer keeps them; the chairman reads the list (the requester's name only with `case.read_personal`).
 */
import { caseDataRequestCloseSchema, caseDataRequestRecordSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { submit } from '#lib/server/case-form.ts';
import { valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent }) => {
  const { me } = await parent();
  if (!me.permissions.includes('case.requests_read')) error(403, errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const requests = await locals.api.case.dataRequests.query().catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status, message);
  });
  return { requests, canRecord: me.permissions.includes('case.requests_record'), clientKey: crypto.randomUUID() };
};

export const actions: Actions = {
  record: async ({ request, locals }) => {
    const v = valuesOf(await request.formData());
    const input = {
      clientKey: v.clientKey ?? '',
      kind: v.kind ?? '',
      receivedOn: v.receivedOn ?? '',
      requesterName: v.requesterName ?? '',
      asked: v.asked ?? '',
      trackingCodes: (v.trackingCodes ?? '')
        .split(/[\s,;]+/)
        .map((c) => c.trim())
        .filter(Boolean),
      thirdPartyMustAct: v.thirdPartyMustAct === 'on',
    };
    return submit('record', locals.lang, caseDataRequestRecordSchema, input, v, (d) =>
      locals.api.case.recordDataRequest.mutate(d),
    );
  },
  answer: async ({ request, locals }) => {
    const v = valuesOf(await request.formData());
    const input = {
      requestId: v.requestId ?? '',
      closedOn: v.closedOn ?? '',
      outcome: v.outcome ?? '',
      refusalRule: v.refusalRule ? v.refusalRule : null,
      answer: v.answer ?? '',
    };
    return submit(`answer-${v.requestId ?? ''}`, locals.lang, caseDataRequestCloseSchema, input, v, (d) =>
      locals.api.case.answerDataRequest.mutate(d),
    );
  },
};
