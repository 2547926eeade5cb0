/** Downloads a chairman's decision on mediators (recognition, team leader, termination) or a draft reward decision as DOCX, through the console. */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import { say } from '#lib/server/say.ts';
import type { RequestHandler } from './$types';

const kinds = new Set(['election', 'leader-election', 'termination', 'reward']);

export const GET: RequestHandler = ({ params, locals }) => {
  if (!kinds.has(params.kind) || !/^[0-9a-f-]{36}\.docx$/.test(params.file)) error(404, say(locals, 'notFound.file'));
  return forwardDownload(locals.token, `/exports/decisions/${params.kind}/${params.file}`, locals.lang);
};
