/** Downloads the year's plan ("Kế hoạch … năm N") as DOCX (Decree 30 layout) or XLSX, through the console. */
import { error } from '@sveltejs/kit';
import { forwardDownload } from '#lib/server/files.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, locals }) => {
  if (!/^20\d\d$/.test(params.year) || (params.format !== 'docx' && params.format !== 'xlsx')) error(404, 'Không tìm thấy kế hoạch.');
  return forwardDownload(locals.token, `/exports/year-plan/${params.year}.${params.format}`);
};
