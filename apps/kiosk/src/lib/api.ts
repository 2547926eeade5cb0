/**
 * The kiosk reads only public procedures, by plain GET on its own origin (serve.ts forwards /trpc to the API).
 * Types come from `type AppRouter`; no tRPC runtime is shipped to keep the first screen small.
 */
import type { AppRouter } from '@hgcs/api';
import type { inferRouterOutputs } from '@trpc/server';
import { deviceToken } from './device.ts';

export type Outputs = inferRouterOutputs<AppRouter>;
export type PublicPlan = Outputs['plan']['public'];
export type PublicProgress = Outputs['progress']['public'];
export type PublicTeams = Outputs['team']['public'];
export type PublicVillage = PublicTeams['villages'][number];
export type PublicTeam = PublicVillage['teams'][number];

let commune: Promise<string> | undefined;

/**
 * The commune this kiosk serves, from its server's configuration (`KIOSK_COMMUNE`, answered at /config.json by
 * serve.ts): the static build names no commune, so one build serves every commune's kiosk.
 */
export function kioskCommune(fetcher: typeof fetch = fetch): Promise<string> {
  commune ??= fetcher('/config.json')
    .then(async (res) => {
      const body = (await res.json()) as { commune?: unknown };
      if (!res.ok || typeof body.commune !== 'string') throw new Error(`HTTP ${res.status}`);
      return body.commune;
    })
    .catch((error: unknown) => {
      commune = undefined; // offline: ask again on retry
      throw error;
    });
  return commune;
}

/** Calls a public tRPC query and returns its data, or throws with the API's (Vietnamese) message. */
export async function query<T>(path: string, input: unknown, fetcher: typeof fetch = fetch): Promise<T> {
  const res = await fetcher(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  const body = (await res.json()) as { result?: { data: T }; error?: { message: string } };
  if (!res.ok || !body.result) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
  return body.result.data;
}

export type KioskReceipt = Outputs['kioskRequest']['submit'];
export type RequestStatus = Outputs['kioskRequest']['status'];
export type CertificateCheck = Outputs['certificate']['verify'];

/**
 * A refused kiosk write: the API's domain code and parameters, the first field it names with that field's message
 * key (`field.PHONE`…), and the HTTP status (0: no answer — the network is down). lib/call-error-text.ts words it.
 */
export class CallError extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number>,
    readonly field: { path: string; code: string } | null,
    readonly status: number,
  ) {
    super(code);
  }
}

type ErrorBody = {
  error?: {
    message: string;
    data?: {
      domainCode?: string;
      params?: Record<string, string | number>;
      fields?: Record<string, { code: string }>;
    };
  };
};

/**
 * Calls a kiosk mutation by POST (the input in the body, never in the address; this kiosk's device token, if it has
 * one, in its header) and returns its data, or throws a CallError.
 */
export async function mutate<T>(path: string, input: unknown, fetcher: typeof fetch = fetch): Promise<T> {
  let res: Response;
  const token = deviceToken();
  try {
    res = await fetcher(`/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { 'x-kiosk-device': token } : {}) },
      body: JSON.stringify(input),
    });
  } catch {
    throw new CallError('NETWORK', {}, null, 0);
  }
  const body = (await res.json().catch(() => ({}))) as { result?: { data: T } } & ErrorBody;
  if (res.ok && body.result) return body.result.data;
  const data = body.error?.data ?? {};
  const [path0, first] = Object.entries(data.fields ?? {})[0] ?? [];
  const field = path0 && first ? { path: path0, code: first.code } : (null as { path: string; code: string } | null);
  const params = data.params ?? {};
  const named = typeof params.field === 'string' && !field ? { path: params.field, code: '' } : field;
  throw new CallError(data.domainCode ?? body.error?.message ?? 'INTERNAL', params, named, res.status);
}
