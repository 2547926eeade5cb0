/** Downloads a period's statistical report (`2026-annual_official.xlsx`) through the console; the API audits it. */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => {
  if (!/^[0-9]{4}-(six_month|annual_preliminary|annual_official)\.xlsx$/.test(params.file))
    error(404, say(locals, 'notFound.file'));
  return forwardDownload(locals.token, `/exports/statistics/${params.file}`, locals.lang);
};
