/** Downloads the workbook a commune fills in to import its mediator lists, with its villages and teams. */
import { forwardDownload } from '#lib/server/files.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) =>
  forwardDownload(locals.token, '/exports/registry/import-template.xlsx', locals.lang);
