/** Downloads the registry (teams, members, roles, compliance) as XLSX, through the console; the API audits it. */
import { forwardDownload } from '#lib/server/files.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals }) => forwardDownload(locals.token, '/exports/registry.xlsx', locals.lang);
