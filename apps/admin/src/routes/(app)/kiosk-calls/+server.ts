/**
 * The kiosks' calls for staff waiting (issue 12, point 11), as JSON for the layout's notice, which asks every 15
 * seconds: the kiosk's name and place and the time — nothing personal. Empty for a user without the right.
 */
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) => {
  if (!locals.token) return json([], { status: 401 });
  const calls = await locals.api.kioskCall.open.query().catch(() => []);
  return json(calls, { headers: { 'cache-control': 'no-store' } });
};
