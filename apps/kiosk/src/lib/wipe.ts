/**
 * The inactivity reset (issue 12, point 10): forget the visitor's choices, the language and the text size, empty the
 * page's storage, and go home replacing the current history entry — so nothing personal stays in the page, storage
 * or history (the visitor's choices never enter the address, so going back shows only empty screens).
 */
import { goto } from '$app/navigation';
import { resetSettings } from './settings.svelte.ts';
import { wipeVisit } from './visit.svelte.ts';

export async function wipe() {
  resetSettings();
  wipeVisit();
  (document.activeElement as HTMLElement | null)?.blur?.();
  await goto('/', { replaceState: true, invalidateAll: true });
  sessionStorage.clear();
  localStorage.clear();
  scrollTo(0, 0);
}
