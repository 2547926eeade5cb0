/**
 * The kiosk reads only public procedures, by plain GET on its own origin (serve.ts forwards /trpc to the API).
 * Types come from `type AppRouter`; no tRPC runtime is shipped to keep the first screen small.
 */
import type { AppRouter } from '@hgcs/api';
import type { inferRouterOutputs } from '@trpc/server';

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
