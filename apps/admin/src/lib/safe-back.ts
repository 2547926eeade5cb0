/**
 * Where the language switch may send the user back to: a path on this site only (`/work?year=2026`), never
 * another site (`//host`, `/\host`, `https://…`) and never a value that would break the redirect (IV-01).
 * @example safeBack('/\\evil.test') === '/'
 */
export function safeBack(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001F\u007F]/.test(value))
    return '/';
  try {
    const base = new URL('http://console.invalid/');
    const url = new URL(value, base);
    return url.origin === base.origin ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
