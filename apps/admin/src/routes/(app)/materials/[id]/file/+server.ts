/** Downloads a materials-library item's file through the console (the API checks the user may read it, and audits). */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => {
  if (!/^[0-9a-f-]{36}$/i.test(params.id)) error(404, say(locals, 'notFound.file'));
  return forwardDownload(locals.token, `/files/materials/${params.id}`, locals.lang);
};
