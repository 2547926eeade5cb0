/**
 * Files go to and from the API over plain HTTP (the tRPC client carries no files): the console forwards an upload
 * with the user's bearer token, and streams a download back. The browser never talks to the API.
 */
import { error, redirect } from '@sveltejs/kit';
import { API_URL } from '$app/env/private';
import {
  errorText,
  fieldErrorText,
  translator,
  type ErrorDetailText,
  type Lang,
  type MessageKey,
  type Params,
} from '@hgcs/i18n';

/** The API's error body for files: `{ error: { domainCode, params, details } }` (codes, no human text). */
type FileError = { error?: { domainCode?: string; params?: Params; details?: ErrorDetailText[] } };

/** Sends one evidence file of a work item; `{ id }` when stored, else the status, message and field texts in `lang`. */
export function uploadEvidence(token: string, workItemId: string, file: File, label: string, lang: Lang) {
  const body = new FormData();
  body.set('file', file, file.name);
  body.set('label', label);
  return sendUpload(`/files/work-items/${encodeURIComponent(workItemId)}/evidence`, body, token, lang);
}

/** Sends the file of a materials-library item (type checked by the API from its bytes); `{ id }` when stored. */
export function uploadMaterialFile(token: string, materialId: string, file: File, lang: Lang) {
  const body = new FormData();
  body.set('file', file, file.name);
  return sendUpload(`/files/materials/${encodeURIComponent(materialId)}`, body, token, lang);
}

/** Sends a mediator list to import (checked and kept for confirmation, not yet written); `{ id }` of its preview. */
export function uploadMediatorList(token: string, file: File, lang: Lang) {
  const body = new FormData();
  body.set('file', file, file.name);
  return sendUpload('/files/registry-import', body, token, lang);
}

async function sendUpload(path: string, body: FormData, token: string, lang: Lang) {
  const response = await fetch(`${API_URL}${path}`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.ok) return { ok: true as const, id: ((await response.json()) as { id: string }).id };
  const error = (await response.json().catch(() => ({}))) as FileError;
  const code = error.error?.domainCode;
  const fields = Object.fromEntries((error.error?.details ?? []).map((d) => [d.path, fieldErrorText(lang, d)]));
  return {
    ok: false as const,
    status: response.status,
    message: code ? errorText(lang, code, error.error?.params) : null,
    fields,
    code,
  };
}

const passed = ['content-type', 'content-length', 'content-disposition', 'last-modified', 'etag'];

const failures: Record<number, MessageKey> = { 403: 'denied.file', 404: 'notFound.file' };

/**
 * Fetches `path` from the API with the token and returns it as the console's response (headers kept, body
 * streamed). With `body` it is POSTed as JSON (a list of cases goes with the reason for it, never in the URL).
 * Without a session it sends the user to sign in; a refusal becomes an error page in the user's language, naming
 * the field when a field was refused.
 */
export async function forwardDownload(
  token: string | null,
  path: string,
  lang: Lang,
  body?: Record<string, unknown>,
): Promise<Response> {
  if (!token) redirect(303, '/sign-in');
  const upstream = await fetch(`${API_URL}${path}`, {
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { method: 'POST', body: JSON.stringify(body) } : {}),
  });
  if (upstream.status === 401) redirect(303, '/sign-in');
  if (!upstream.ok) {
    const answer = (await upstream.json().catch(() => ({}))) as FileError;
    const code = answer.error?.domainCode;
    const known = code && code !== 'INTERNAL' && upstream.status !== 404 && upstream.status !== 403;
    const field = answer.error?.details?.[0];
    error(
      upstream.status,
      known
        ? field
          ? fieldErrorText(lang, field)
          : errorText(lang, code, answer.error?.params)
        : translator(lang)(failures[upstream.status] ?? 'error.download'),
    );
  }
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of passed) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
