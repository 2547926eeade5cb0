/**
 * Issue 9, point 6: the lines printed for a first sign-in speak to an officer, not an engineer — no "TOTP",
 * "two-factor", "setup password" or "mật khẩu cài đặt" — and still carry the username and the password to copy.
 */
import { describe, expect, it } from 'vitest';
import { firstSignInLines } from '../src/first-sign-in-lines.ts';

describe('first sign-in lines', () => {
  const printed = firstSignInLines({ username: 'admin.24013', password: 'abcd-efgh-jkmn-pqrs', once: true });

  it('names the username and the temporary password, and what to do with them', () => {
    expect(printed).toContain('Tên đăng nhập / username: admin.24013\n');
    expect(printed).toContain(
      'Mật khẩu tạm, chỉ dùng cho lần đăng nhập đầu / temporary password, first sign-in only: abcd-efgh-jkmn-pqrs\n',
    );
    expect(printed).toContain('cài ứng dụng lấy mã đăng nhập trên điện thoại');
    expect(printed).toContain('không được in lại');
    expect(firstSignInLines({ username: 'a', password: 'b', once: false })).not.toContain('không được in lại');
  });

  it('uses no jargon', () => {
    for (const word of ['TOTP', 'two-factor', 'hai lớp', 'setup password', 'cài đặt', 'OTP'])
      expect(printed).not.toContain(word);
  });
});
