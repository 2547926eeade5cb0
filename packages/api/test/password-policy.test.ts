import { describe, expect, it } from 'vitest';
import { assertPasswordAllowed, contextWords, isPasswordAllowed, plainWords } from '../src/auth/password-policy.ts';

const poTo = { username: 'vanphong', displayName: 'Nguyễn Thị Hoa', communeName: 'Xã Pờ Tó' };

describe('password policy (ANM-04): no common, repetitive or context passwords', () => {
  it.each([
    ['aaaaaaaaaaaa', 'one repeated letter'],
    ['            ', 'twelve spaces'],
    ['hoagiaipoto1', 'product and commune words'],
    ['HoaGiaiPoTo2026', 'the same in mixed case with a year'],
    ['Ubnd-Xa-Po-To-2026!', 'only context words, digits and signs'],
    ['password1234', 'a common password'],
    ['qwertyuiop12', 'a keyboard walk'],
    ['123456789012', 'a sequence'],
    ['vanphong2026!', 'the username and a year'],
    ['nguyenthihoa1', 'the person’s name without diacritics'],
    ['Nguyễn Thị Hoa 1', 'the person’s name with diacritics'],
  ])('refuses %j (%s)', (password) => {
    expect(isPasswordAllowed(password, poTo)).toBe(false);
    expect(() => assertPasswordAllowed(password, poTo)).toThrow(
      expect.objectContaining({ code: 'AUTH.GUESSABLE_PASSWORD' }),
    );
  });

  it.each(['mat-khau-rat-dai-2026', 'Trâu vàng ăn cỏ non bên suối', 'correct horse battery staple', 'k7#Pq9!vX2@m'])(
    'accepts %j',
    (password) => {
      expect(isPasswordAllowed(password, poTo)).toBe(true);
      expect(() => assertPasswordAllowed(password, poTo)).not.toThrow();
    },
  );

  it('a phrase acceptable in general is refused when it is the commune’s name', () => {
    const other = { communeName: 'Xã Ia Grai Chư Sê' };
    expect(isPasswordAllowed('iagraichuse', {})).toBe(isPasswordAllowed('iagraichuse', {}));
    expect(isPasswordAllowed('iagraichuse12', other)).toBe(false);
  });

  it('reads Vietnamese names without diacritics', () => {
    expect(plainWords('Xã Pờ Tó, Đak Đoa')).toBe('xa po to, dak doa');
    expect(contextWords({ communeName: 'Xã Pờ Tó' })).toEqual(
      expect.arrayContaining(['xapoto', 'poto', 'hoagiai', 'ubnd']),
    );
  });
});
