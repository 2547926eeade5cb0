/**
 * The inactivity reset (issue 12, point 10): forget the visitor's choices, the language and the text size, empty the
 * page's storage, and go home replacing the current history entry — so nothing personal stays in the page, storage
 * or history (the visitor's choices never enter the address, so going back shows only empty screens). Kept: the
 * kiosk's device token (lib/device.ts) and the requests waiting to be sent (lib/outbox.ts, in IndexedDB).
 */
import { goto } from '$app/navigation';
import { deviceToken, setDeviceToken } from './device.ts';
import { resetSettings } from './settings.svelte.ts';
import { wipeVisit } from './visit.svelte.ts';

export async function wipe() {
  resetSettings();
  wipeVisit();
  (document.activeElement as HTMLElement | null)?.blur?.();
  await goto('/', { replaceState: true, invalidateAll: true });
  const device = deviceToken();
  sessionStorage.clear();
  localStorage.clear();
  setDeviceToken(device); // the kiosk's own token is not the visitor's: it stays
  scrollTo(0, 0);
}
