/**
 * Reads the cells of an imported sheet as exceljs gives them (text, numbers, dates, rich text, formulas with their
 * results, hyperlinks) into the values the registry stores. Each reader returns the value, or null when the cell
 * cannot be read, so the caller can say which row and column is wrong.
 */
import { daysInMonth, type IsoDate } from '../calendar/iso-date.ts';
import { foldText } from './fold-text.ts';

/** The text of a cell, NFC, trimmed, inner spaces collapsed; null when empty. */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.normalize('NFC').replace(/\s+/g, ' ').trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const o = value as { richText?: { text?: unknown }[]; text?: unknown; result?: unknown };
    if (Array.isArray(o.richText))
      return cellText(o.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join(''));
    if ('result' in o) return cellText(o.result);
    if ('text' in o) return cellText(o.text);
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (year: number, month: number, day: number): IsoDate | null =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? `${year}-${pad(month)}-${pad(day)}` : null;

/** A spreadsheet's day number (1 = 1900-01-01, with Excel's 1900 leap-year quirk) as a date. */
function fromSerial(serial: number): IsoDate {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** Birth as a year, and the full date when the list gives one: 1965, '1965', '15/03/1965', a date cell, a day number. */
export function readBirth(value: unknown): { year: number; date: IsoDate | null } | null {
  const raw =
    value !== null && typeof value === 'object' && !(value instanceof Date) && 'result' in value
      ? (value as { result: unknown }).result
      : value;
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return null;
    const date = raw.toISOString().slice(0, 10);
    return { year: Number(date.slice(0, 4)), date };
  }
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw <= 0) return null;
    if (raw >= 1000 && raw <= 9999) return { year: raw, date: null };
    const date = fromSerial(raw);
    return { year: Number(date.slice(0, 4)), date };
  }
  const text = cellText(raw);
  if (text === null) return null;
  if (/^\d{4}$/.test(text)) return { year: Number(text), date: null };
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = dmy
    ? isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
    : ymd
      ? isoOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))
      : null;
  return date === null ? null : { year: Number(date.slice(0, 4)), date };
}

/** 'Nam' → male, 'Nữ' (or 'Nu') → female. */
export function readSex(text: string): 'female' | 'male' | null {
  const folded = foldText(text);
  if (['nam', 'male', 'm'].includes(folded)) return 'male';
  if (['nu', 'female', 'f'].includes(folded)) return 'female';
  return null;
}

/** 'Tổ trưởng' → leader; 'Tổ viên', 'Hòa giải viên', 'Thành viên', 'Tổ phó' (no standing in the law) → member. */
export function readRole(text: string | null): 'leader' | 'member' | null {
  if (text === null) return 'member';
  const folded = foldText(text);
  if (folded === 'to truong' || folded === 'to truong to hoa giai') return 'leader';
  if (['to vien', 'hoa giai vien', 'thanh vien', 'to pho', 'hgv', 'thanh vien to hoa giai'].includes(folded))
    return 'member';
  return null;
}

/** A Vietnamese phone number as ten or eleven digits from 0: '0912 345 678', '+84 912.345.678', 912345678 (lost 0). */
export function readPhone(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value) && String(value).length >= 9 && String(value).length <= 10)
    return readPhone(`0${value}`);
  const text = cellText(value);
  if (text === null || !/^[+\d\s.()-]+$/.test(text)) return null;
  let digits = text.replace(/[^\d+]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return /^0\d{9,10}$/.test(digits) ? digits : null;
}
