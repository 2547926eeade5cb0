/**
 * "Dịch ki-ốt" (issue 12, point 7): the kiosk's texts with the Vietnamese beside and the commune's Bahnar or Jrai
 * translation, filtered to the missing ones ("chưa dịch") and searched without diacritics (key, Vietnamese or
 * translation); each text saved on its own. The API refuses a translation that drops or invents a placeholder,
 * naming it; the refusal shows beside that text.
 */
import { foldText, kioskTranslationLangs, kioskTranslationSaveSchema, type KioskTranslationLang } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { requirePermission } from '#lib/server/guard.ts';
import { check, send, valuesOf } from '#lib/server/registry-form.ts';
import type { Actions, PageServerLoad } from './$types';

const langOf = (v: string | null): KioskTranslationLang =>
  kioskTranslationLangs.includes(v as KioskTranslationLang) ? (v as KioskTranslationLang) : 'jra';

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'translation.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const lang = langOf(url.searchParams.get('lang'));
  const missingOnly = url.searchParams.get('show') === 'missing';
  const q = (url.searchParams.get('q') ?? '').slice(0, 200);
  const list = await locals.api.kioskText.list.query({ lang });
  const words = foldText(q).split(' ').filter(Boolean);
  const texts = list.texts.filter(
    (t) =>
      (!missingOnly || t.text === null) && words.every((w) => foldText(`${t.key} ${t.vi} ${t.text ?? ''}`).includes(w)),
  );
  return {
    texts,
    total: list.texts.length,
    missing: list.missing,
    filter: { lang, show: missingOnly ? 'missing' : 'all', q },
    canManage: me.permissions.includes('translation.manage'),
  };
};

export const actions: Actions = {
  save: async ({ request, locals }) => {
    const values = valuesOf(await request.formData());
    const form = values.key ?? '';
    const checked = check(
      form,
      locals.lang,
      kioskTranslationSaveSchema,
      {
        lang: values.lang,
        key: values.key,
        text: values.text ?? '',
      },
      values,
    );
    if (!checked.ok) return checked.failure;
    const sent = await send(form, locals.lang, values, () => locals.api.kioskText.save.mutate(checked.data));
    return sent.ok ? { form, saved: true } : sent.failure;
  },
};
