/** A plan group's title in plain words (`kiosk.group.<code>`), named one by one so the bundle keeps only these texts. */
import { m } from '@hgcs/i18n/messages';
import { lang } from './text.ts';

const titles: Record<string, (inputs: object, options: ReturnType<typeof lang>) => string> = {
  '1': m['kiosk.group.1'],
  '2': m['kiosk.group.2'],
  '3': m['kiosk.group.3'],
  '4': m['kiosk.group.4'],
  '5': m['kiosk.group.5'],
  '6': m['kiosk.group.6'],
  '7': m['kiosk.group.7'],
  '8': m['kiosk.group.8'],
};

/** The group's plain title in the kiosk's language, or its code when the catalogue has none. */
export function groupTitle(code: string): string {
  return titles[code]?.({}, lang()) ?? code;
}
