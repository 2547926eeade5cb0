/**
 * "Tài liệu": the commune's materials library searched (words with or without diacritics, a kind, a language), and
 * Decision 315's "mediators who had and used the ministry's material set" as of today — both as the API answers them.
 */
import { materialKinds, materialLanguages } from '@hgcs/domain';
import { errorText } from '@hgcs/i18n';
import { requirePermission } from '#lib/server/guard.ts';
import type { PageServerLoad } from './$types';

const pick = <T extends string>(v: string | null, allowed: readonly T[]): T | null =>
  allowed.includes(v as T) ? (v as T) : null;

export const load: PageServerLoad = async ({ locals, parent, url }) => {
  const { me } = await parent();
  requirePermission(me, 'material.read', errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const q = (url.searchParams.get('q') ?? '').slice(0, 200);
  const kind = pick(url.searchParams.get('kind'), materialKinds);
  const language = pick(url.searchParams.get('language'), materialLanguages);
  const [found, access] = await Promise.all([
    locals.api.material.search.query({ q, kind, language }),
    locals.api.material.access.query({ asOf: me.today }),
  ]);
  return {
    items: found.items,
    access,
    filter: { q, kind: kind ?? '', language: language ?? '' },
    canManage: me.permissions.includes('material.manage'),
  };
};
