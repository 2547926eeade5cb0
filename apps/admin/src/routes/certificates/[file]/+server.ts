/** Downloads a certificate (with its verification QR code) as DOCX, through the console; the API audits it. */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => {
  if (!/^[0-9a-f-]{36}\.docx$/.test(params.file)) error(404, say(locals, 'notFound.file'));
  return forwardDownload(locals.token, `/exports/certificate/${params.file}`, locals.lang);
};
