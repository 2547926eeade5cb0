/** Downloads the year's plan ("Kế hoạch … năm N") as DOCX (Decree 30 layout) or XLSX, through the console. */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals, url }) => {
  if (!/^20\d\d$/.test(params.year) || (params.format !== 'docx' && params.format !== 'xlsx'))
    error(404, say(locals, 'notFound.plan'));
  // A province user names the commune (?commune=24014); the API checks it is one of the province's.
  const commune = url.searchParams.get('commune');
  if (commune !== null && !/^\d{5}$/.test(commune)) error(404, say(locals, 'notFound.report'));
  return forwardDownload(
    locals.token,
    `/exports/year-plan/${params.year}.${params.format}${commune ? `?commune=${commune}` : ''}`,
    locals.lang,
  );
};
