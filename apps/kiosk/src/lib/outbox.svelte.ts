/**
 * Requests kept on the kiosk while the network is down (issue 12, point 8): in IndexedDB (`hgcs-kiosk`, store
 * `outbox`, keyed by the request's device key), sent again when the network returns — on going online, every 30
 * seconds and at each page load — and removed only when the API has answered. The key makes every resend land on
 * the same request, and the request carries the code and factor its receipt printed (decision 29), so it is
 * delivered exactly once. Not the visitor's screen data: the inactivity wipe keeps it until it is sent.
 */
import { mutate, CallError } from './api.ts';

export type Queued = { clientKey: string; input: Record<string, unknown> };

/** How many requests wait on this device (shown on screen). */
export const outbox = $state({ count: 0 });

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('hgcs-kiosk', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('outbox', { keyPath: 'clientKey' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = act(db.transaction('outbox', mode).objectStore('outbox'));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

export async function refreshCount() {
  try {
    outbox.count = await run('readonly', (s) => s.count());
  } catch {
    outbox.count = 0;
  }
}

/** Keeps a request to be sent when the network returns. */
export async function keep(item: Queued) {
  await run('readwrite', (s) => s.put($state.snapshot(item)));
  await refreshCount();
}

let draining: Promise<void> | null = null;

/** Sends every kept request; stops at the first without an answer (still offline). One drain at a time. */
export function drain(): Promise<void> {
  draining ??= (async () => {
    try {
      const items = await run<Queued[]>('readonly', (s) => s.getAll());
      for (const item of items) {
        try {
          await mutate('kioskRequest.submit', item.input);
        } catch (error) {
          if (!(error instanceof CallError) || error.status === 0 || error.status >= 500) break;
          continue; // refused (a revoked device…): kept for the staff to see, the others still go
        }
        await run('readwrite', (s) => s.delete(item.clientKey));
      }
    } catch {
      // IndexedDB unavailable: nothing kept, nothing to send
    } finally {
      await refreshCount();
      draining = null;
    }
  })();
  return draining;
}
