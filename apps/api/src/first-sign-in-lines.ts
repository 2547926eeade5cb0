/**
 * The lines printed once for a new administrator's first sign-in (pnpm start's first run, commune:add,
 * province:add-admin), in plain words for the officer who reads them: a temporary password, not a "setup password";
 * an app that gives sign-in codes, not "TOTP" or "two-factor". Vietnamese first, English after each label.
 */

/** The username and temporary password lines, and what to do at first sign-in; `once` adds that it is never shown again. */
export function firstSignInLines({
  username,
  password,
  once,
}: {
  username: string;
  password: string;
  once: boolean;
}): string {
  return (
    `  Tên đăng nhập / username: ${username}\n` +
    `  Mật khẩu tạm, chỉ dùng cho lần đăng nhập đầu / temporary password, first sign-in only: ${password}\n` +
    '  Khi đăng nhập lần đầu: đặt mật khẩu mới, rồi cài ứng dụng lấy mã đăng nhập trên điện thoại theo hướng dẫn trên màn hình.\n' +
    '  At first sign-in: choose a new password, then install the sign-in code app on your phone as the screen shows.\n' +
    (once
      ? '  Mật khẩu này không được in lại: hãy chép và trao tận tay. / This password is not shown again: copy it and hand it over in person.\n'
      : '')
  );
}
