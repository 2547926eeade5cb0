/** Downloads a case's document (`agreement.docx`, `referral.docx`, `court-request.docx`); the API checks the right and audits it. */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => {
  if (!/^[0-9a-f-]{36}$/.test(params.id) || !/^(agreement|referral|court-request)\.docx$/.test(params.file))
    error(404, say(locals, 'notFound.file'));
  return forwardDownload(locals.token, `/exports/case/${params.id}/${params.file}`, locals.lang);
};
