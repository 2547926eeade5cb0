/** Vietnamese renderings shared by the writers: percentages, dates as Decree 30/2020/NĐ-CP writes them. */

const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** '42,5%'; '—' when there is nothing to count. */
export function formatPercent(progress: number | null): string {
  return progress === null ? '—' : `${percentFormat.format(progress)}%`;
}

function dayMonthYear(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number);
  return [day!, month!, year!];
}

/**
 * The place-and-date line of an administrative document: 'Pờ Tó, ngày 05 tháng 02 năm 2026'. Days below 10 and
 * months 1 and 2 take a leading zero (Decree 30/2020/NĐ-CP, Phụ lục I, I.6.b). No date: blanks for the clerk's pen.
 */
export function formatPlaceAndDate(place: string, date: string | null): string {
  if (date === null) return `${place}, ngày      tháng      năm ${' '.repeat(7)}`;
  const [day, month, year] = dayMonthYear(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${place}, ngày ${pad(day)} tháng ${month <= 2 ? pad(month) : month} năm ${year}`;
}

/** '27/11/2026'. */
export function formatShortDate(date: string): string {
  const [day, month, year] = dayMonthYear(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** A calendar day as the midnight-UTC instant spreadsheets store for a date cell. */
export function toUtcDate(date: string): Date {
  const [day, month, year] = dayMonthYear(date);
  return new Date(Date.UTC(year, month - 1, day));
}
