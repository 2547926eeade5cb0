/**
 * Files go to and from the API over plain HTTP (the tRPC client carries no files): the console forwards an upload
 * with the user's bearer token, and streams a download back. The browser never talks to the API.
 */
import { error, redirect } from '@sveltejs/kit';
import { API_URL } from '$app/env/private';

/** The API's error body for files: `{ error: { message, domainCode } }`. */
type FileError = { error?: { message?: string; domainCode?: string } };

/** Sends one evidence file of a work item; `{ id }` when stored, else the status and the API's message (if any). */
export async function uploadEvidence(token: string, workItemId: string, file: File, label: string) {
  const body = new FormData();
  body.set('file', file, file.name);
  body.set('label', label);
  const response = await fetch(`${API_URL}/files/work-items/${encodeURIComponent(workItemId)}/evidence`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.ok) return { ok: true as const, id: ((await response.json()) as { id: string }).id };
  const error = (await response.json().catch(() => ({}))) as FileError;
  return {
    ok: false as const,
    status: response.status,
    message: error.error?.message ?? null,
    code: error.error?.domainCode,
  };
}

const passed = ['content-type', 'content-length', 'content-disposition', 'last-modified', 'etag'];

const failures: Record<number, string> = { 403: 'Bạn không có quyền tải tệp này.', 404: 'Không tìm thấy tệp.' };

/**
 * Fetches `path` from the API with the token and returns it as the console's response (headers kept, body
 * streamed). Without a session it sends the user to sign in; a refusal becomes a plain Vietnamese error page.
 */
export async function forwardDownload(token: string | null, path: string): Promise<Response> {
  if (!token) redirect(303, '/sign-in');
  const upstream = await fetch(`${API_URL}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (upstream.status === 401) redirect(303, '/sign-in');
  if (!upstream.ok) {
    const body = (await upstream.json().catch(() => ({}))) as FileError;
    error(
      upstream.status,
      body.error?.message ?? failures[upstream.status] ?? 'Chưa tải được tệp. Vui lòng thử lại sau.',
    );
  }
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of passed) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
