/**
 * Downloads the remuneration claim of a period (`2027-01-01_2027-03-31.xlsx` or `.docx`) with the reason for it (a
 * form POST; the API refuses without one and keeps it in the audit entry).
 */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, locals, request }) => {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{4}-[0-9]{2}-[0-9]{2}\.(docx|xlsx)$/.test(params.file))
    error(404, say(locals, 'notFound.file'));
  return forwardDownload(locals.token, `/exports/claim/${params.file}`, locals.lang, {
    reason: (await request.formData().catch(() => null))?.get('reason') ?? '',
  });
};
