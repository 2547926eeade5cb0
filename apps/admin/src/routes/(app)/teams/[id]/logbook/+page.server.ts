/**
 * A team's logbook of a year (Sổ theo dõi hoạt động hòa giải ở cơ sở, issue 11 point 8): the cases received that
 * year, numbered, with the year's totals, and the printable book as DOCX or XLSX. It names the parties, so only
 * `case.read_personal` (the justice officer; a team leader for their own team) reads it. `?year=` picks the year.
 */
import { errorText } from '@hgcs/i18n';
import { error } from '@sveltejs/kit';
import { apiError } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params, url }) => {
  const { me } = await parent();
  if (!me.permissions.includes('case.read_personal')) error(403, errorText(locals.lang, 'AUTH.FORBIDDEN'));
  const asked = Number(url.searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(me.today.slice(0, 4));
  const book = await locals.api.case.logbook.query({ teamId: params.id, year }).catch((e: unknown) => {
    const { status, message } = apiError(e, locals.lang);
    return error(status === 400 ? 404 : status, message);
  });
  return { book, year, teamId: params.id };
};
