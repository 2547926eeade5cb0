/**
 * The kiosk's texts come straight from the catalogue's compiled messages (`@hgcs/i18n/messages`), one named
 * message at a time, so only the texts the kiosk shows reach its bundle (a < 60 KB first screen). `lang()` reads
 * the chosen language (reactive in components); Bahnar and Jrai fall back to Vietnamese.
 */
import { settings } from './settings.svelte.ts';

/** The options every message call takes: the kiosk's current language. */
export const lang = () => ({ locale: settings.lang });
