/** @hgcs/i18n — screen texts (Vietnamese first, English; slots for Bahnar and Jrai) and a tiny translator. */
import { en, vi, type MessageKey, type Messages } from './messages.ts';

export const languages = ['vi', 'en'] as const;
export type Lang = (typeof languages)[number];
export type { MessageKey };

const catalogs: Record<Lang, Messages> = { vi, en };

/** The language a cookie or header value names, Vietnamese by default. */
export function toLang(value: string | null | undefined): Lang {
  return value === 'en' ? 'en' : 'vi';
}

/** A translator for one language: `t('nav.plan')`. Missing keys fall back to Vietnamese. */
export function translator(lang: Lang): (key: MessageKey) => string {
  const catalog = catalogs[lang];
  return (key) => catalog[key] ?? vi[key];
}
export { auditActionLabel, auditActionLabels, auditObjectLabel, type AuditAction } from './audit-actions.ts';
