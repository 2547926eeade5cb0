/**
 * The privacy notice the kiosk shows before anything is kept (Law 91/2025 Art. 11, Decree 356/2025; security
 * PDP-03/PDP-04). Its words are @hgcs/i18n's `kiosk.askNotice*`; this is their version, recorded with the request
 * (`cases.privacy_notice_version`). Change the version whenever those words change.
 */
export const kioskPrivacyNoticeVersion = 'kiosk-notice-2026-11-29';
