/** Downloads the implementation report of a plan year as DOCX (Decree 30 layout) or XLSX, through the console. */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => {
  if (!/^20\d\d$/.test(params.year) || (params.format !== 'docx' && params.format !== 'xlsx')) error(404, 'Không tìm thấy báo cáo.');
  return forwardDownload(locals.token, `/exports/plan-year/${params.year}.${params.format}`);
};
