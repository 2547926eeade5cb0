/** Small formatting helpers shared by the console's pages: dates as Vietnamese offices write them. */

/** A calendar day 'YYYY-MM-DD' written dd/mm/yyyy (no time zone involved). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** An instant as dd/mm/yyyy hh:mm in Vietnam's time. */
export function formatDateTime(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString();
  return `${formatDate(local)} ${local.slice(11, 16)}`;
}

/** A long text cut at a word boundary, with an ellipsis. */
export function shorten(text: string, max = 110): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max * 0.6 ? cut.lastIndexOf(' ') : max).trimEnd()}…`;
}

/** A file size in KB or MB. */
export function formatSize(bytes: number | null): string {
  if (bytes === null) return '';
  return bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** An amount in whole đồng with Vietnamese thousands separators: 1500000 → "1.500.000 đ". */
export function formatVnd(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(amount)} đ`;
}
