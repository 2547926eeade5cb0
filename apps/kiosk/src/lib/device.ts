/**
 * The kiosk's device token (issue 12, point 9): given once by the console when an officer registers this kiosk,
 * pasted into /device, kept in localStorage under its own key — not personal data, so the inactivity wipe keeps it
 * (lib/wipe.ts). Sent in the `X-Kiosk-Device` header of the kiosk's writes, never in an address. A browser without
 * one (the commune's web portal) cannot ask for mediation.
 */
const key = 'hgcs.kioskDevice';

export function deviceToken(): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function setDeviceToken(token: string | null) {
  if (token) localStorage.setItem(key, token);
  else localStorage.removeItem(key);
}
