/**
 * "Giấy chứng nhận" (issue 13, point 6): the certificates issued in a year — holder, what for, date, valid or
 * revoked — each downloadable as DOCX with its QR code, its public verification address, and revocation with a reason.
 */
import { certificateRevokeSchema } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import { pickYear } from '#lib/year.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'certificate.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const year = pickYear(url.searchParams.get('year'), 2024, 2030, me.today) ?? 2024;
  return {
    year,
    years: [2024, 2025, 2026, 2027, 2028, 2029, 2030],
    list: await locals.api.certificate.list.query({ year }),
    canManage: me.permissions.includes('certificate.manage'),
  };
};

export const actions: Actions = {
  revoke: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const input = { id: values.id ?? '', reason: values.reason ?? '' };
    const form = `revoke-${input.id}`;
    const checked = check(form, locals.lang, certificateRevokeSchema, input, values);
    if (!checked.ok) return checked.failure;
    const sent = await send(form, locals.lang, values, () => locals.api.certificate.revoke.mutate(checked.data));
    return sent.ok ? { form, ok: true } : sent.failure;
  },
};
