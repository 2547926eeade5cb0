/**
 * Downloads a team's logbook of a year (`2027.docx` or `2027.xlsx`) through the console with the reason for it (a
 * form POST; the API refuses without one and keeps it in the audit entry).
 */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, locals, request }) => {
  if (!/^[0-9a-f-]{36}$/.test(params.id) || !/^[0-9]{4}\.(docx|xlsx)$/.test(params.file))
    error(404, say(locals, 'notFound.file'));
  return forwardDownload(locals.token, `/exports/logbook/${params.id}/${params.file}`, locals.lang, {
    reason: (await request.formData().catch(() => null))?.get('reason') ?? '',
  });
};
