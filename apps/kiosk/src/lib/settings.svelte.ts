/** The kiosk's display settings (language, text size, contrast): shared state, wiped by the inactivity reset. */
import type { Lang } from '@hgcs/i18n';

export const settings = $state({ lang: 'vi' as Lang, size: 1, contrast: false });

/** Back to the defaults, for the next person at the kiosk. */
export function resetSettings() {
  settings.lang = 'vi';
  settings.size = 1;
  settings.contrast = false;
}
