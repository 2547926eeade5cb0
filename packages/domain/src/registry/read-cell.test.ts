import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from './mediator-list-columns.ts';
import { personKey } from './person-key.ts';
import { cellText, readBirth, readPhone, readRole, readSex } from './read-cell.ts';

describe('reading cells', () => {
  it('reads text from every kind of cell exceljs gives', () => {
    expect(cellText('  Rơ   Mah '.normalize('NFD'))).toBe('Rơ Mah');
    expect(cellText({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
    expect(cellText({ text: 'Trang', hyperlink: 'x' })).toBe('Trang');
    expect(cellText({ formula: 'B2', result: 3 })).toBe('3');
    expect(cellText({ error: '#REF!' })).toBeNull();
    expect([cellText(''), cellText(null), cellText(undefined)]).toEqual([null, null, null]);
  });
  it('reads a birth year or date and refuses the rest', () => {
    expect(readBirth('29/02/1972')).toEqual({ year: 1972, date: '1972-02-29' });
    expect(readBirth('1-3-1980')).toEqual({ year: 1980, date: '1980-03-01' });
    expect(readBirth('1980-03-01')).toEqual({ year: 1980, date: '1980-03-01' });
    for (const bad of ['29/02/1973', '31/04/1980', '13/13/1980', 'năm 1980', '80', 1980.5, -3, new Date(Number.NaN)])
      expect(readBirth(bad)).toBeNull();
  });
  it('reads sex and role in their usual spellings', () => {
    expect([readSex('Nữ'), readSex('NU'), readSex('nam'), readSex('Không rõ')]).toEqual([
      'female',
      'female',
      'male',
      null,
    ]);
    expect([
      readRole('Tổ trưởng'),
      readRole('TO TRUONG'),
      readRole('Tổ viên'),
      readRole('Hòa giải viên'),
      readRole(null),
      readRole('Tổ phó'),
      readRole('Bí thư'),
    ]).toEqual(['leader', 'leader', 'member', 'member', 'member', 'member', null]);
  });
  it('reads Vietnamese phone numbers, restoring a lost leading zero', () => {
    expect(['0912.345.678', '+84 912 345 678', '84912345678', '(0269) 3829 999', 912345678].map(readPhone)).toEqual([
      '0912345678',
      '0912345678',
      '0912345678',
      '02693829999',
      '0912345678',
    ]);
    for (const bad of ['12345', '0912-345-67a', '091234567890', 'không có']) expect(readPhone(bad)).toBeNull();
  });
  it('recognises header variants with or without diacritics and notes in brackets', () => {
    expect(
      [
        'Họ và tên',
        'HO TEN',
        'Năm sinh',
        'Ngày, tháng, năm sinh',
        'Giới tính (Nam/Nữ)',
        'Thôn/Làng',
        'Thôn, làng',
        'SĐT',
        'Chức vụ (Tổ trưởng/Tổ viên)',
        'Ghi chú',
      ].map(fieldOfHeader),
    ).toEqual(['fullName', 'fullName', 'birth', 'birth', 'sex', 'village', 'village', 'phone', 'role', null]);
  });
  it('keys a person by folded name, birth year and village', () => {
    const key = personKey({ fullName: 'Rơ Mah  Blưh', birthYear: 1972, villageId: 'v1' });
    expect(key).toBe('v1|1972|ro mah bluh');
    expect(personKey({ fullName: 'RO MAH BLUH', birthYear: 1972, villageId: 'v1' })).toBe(key);
    expect(personKey({ fullName: 'Rơ Mah Blưh', birthYear: 1973, villageId: 'v1' })).not.toBe(key);
    expect(personKey({ fullName: 'Rơ Mah Blưh', birthYear: 1972, villageId: 'v2' })).not.toBe(key);
  });
});
