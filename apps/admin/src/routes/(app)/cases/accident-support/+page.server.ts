/**
 * Accident support requests of mediators (issue 11, point 9; Law 35/2013 Art. 9.7; Circular 56/2023 Art. 3.17): a
 * year's requests with the domain's decision (eligible and what may be paid, or the rule it fails), and recording one
 * (the mediator, the day, what happened, injured or died, where, health insurance, the case by tracking code if any).
 * The justice officer records; the chairman reads the decisions (names only with `case.read_personal`).
 */
import { accidentSupportRecordSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import { submit } from '#lib/server/case-form.ts';
import { valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

const yesNo = (v: string | undefined): boolean | null => (v === 'yes' ? true : v === 'no' ? false : null);

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('case.accident_read')) error(403, errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const thisYear = Number(me.today.slice(0, 4));
  const asked = Number(url.searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2014 && asked <= thisYear ? asked : thisYear;
  const canRecord = me.permissions.includes('case.accident_record');
  const fail = (e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status, message);
  };
  const [requests, mediators] = await Promise.all([
    locals.api.case.accidentSupports.query({ year }).catch(fail),
    canRecord ? locals.api.mediator.search.query({ limit: 100 }).catch(fail) : { items: [] },
  ]);
  return {
    year,
    years: Array.from({ length: thisYear - 2014 + 1 }, (_, i) => thisYear - i),
    requests,
    mediators: mediators.items.map((m) => ({ value: m.id, label: `${m.fullName} (${m.residenceVillageName})` })),
    canRecord,
    clientKey: crypto.randomUUID(),
  };
};

export const actions: Actions = {
  record: async ({ request, locals }) => {
    const v = valuesOf(await request.formData());
    const input = {
      clientKey: v.clientKey ?? '',
      mediatorId: v.mediatorId ?? '',
      occurredOn: v.occurredOn ?? '',
      whatHappened: v.whatHappened ?? '',
      harm: v.harm ?? '',
      diedOn: v.harm === 'died' || v.diedOn ? v.diedOn || null : null,
      circumstance: v.circumstance ?? '',
      reasonableRouteAndTime: v.circumstance === 'travelling_to_or_from' ? yesNo(v.reasonableRouteAndTime) : null,
      hasHealthInsurance: yesNo(v.hasHealthInsurance) ?? undefined,
      trackingCode: v.trackingCode?.trim() ? v.trackingCode.trim() : null,
    };
    return submit('record', locals.lang, accidentSupportRecordSchema, input, v, (d) =>
      locals.api.case.recordAccidentSupport.mutate(d),
    );
  },
};
