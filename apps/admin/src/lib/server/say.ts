/** One catalogue text in the language of the request (for error pages thrown by loads and endpoints). */
import { translator, type MessageKey } from '@hgcs/i18n';

export const say = (locals: App.Locals, key: MessageKey): string => translator(locals.lang)(key);
