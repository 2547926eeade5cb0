/** Downloads a team's logbook of a year (`2027.docx` or `2027.xlsx`) through the console; the API audits it. */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => {
  if (!/^[0-9a-f-]{36}$/.test(params.id) || !/^[0-9]{4}\.(docx|xlsx)$/.test(params.file))
    error(404, say(locals, 'notFound.file'));
  return forwardDownload(locals.token, `/exports/logbook/${params.id}/${params.file}`, locals.lang);
};
