/**
 * The audit page's plain words for an action code the API and the database write (`action: 'plan.sign_year'`) and
 * for the kind of object an audit row names; the texts are the catalogue's `auditAction.*` and `auditObject.*`.
 * `audit-actions.test.ts` scans the code base and fails on a code written somewhere without a label.
 */
import { isMessageKey, translator, type Lang } from './index.ts';

/** An audit action in plain words; an unknown code (written by a newer version) reads "Thao tác khác (code)". */
export function auditActionLabel(action: string, lang: Lang): string {
  const key = `auditAction.${action}`;
  return isMessageKey(key) ? translator(lang)(key) : translator(lang)('auditAction.other', { action });
}

/** The kind of object an audit row names, in plain words; an unknown kind is shown as it is. */
export function auditObjectLabel(objectType: string, lang: Lang): string {
  const key = `auditObject.${objectType}`;
  return isMessageKey(key) ? translator(lang)(key) : objectType;
}
