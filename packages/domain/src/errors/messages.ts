/**
 * Every error code of the product with its kind and user messages (Vietnamese first, English second).
 * Add a code here, then throw `new DomainError('NAMESPACE.CODE')`. Each module keeps its own codes in `<module>/messages.ts`.
 */
import type { ErrorKind } from './domain-error.ts';
import { calendarMessages } from '../calendar/messages.ts';
import { planMessages } from '../plan/messages.ts';
import { mediationMessages } from '../mediation/messages.ts';
import { capacityMessages } from '../capacity/messages.ts';
import { budgetMessages } from '../budget/messages.ts';
import { kpiMessages } from '../kpi/messages.ts';
import { registryMessages } from '../registry/messages.ts';
import { startupMessages } from './startup-messages.ts';

type Entry = { kind: ErrorKind; vi: string; en: string };

export const errorMessages = {
  'INPUT.INVALID': { kind: 'invalid', vi: 'Dữ liệu nhập không hợp lệ: {detail}', en: 'Invalid input: {detail}' },
  'AUTH.UNAUTHENTICATED': {
    kind: 'unauthenticated',
    vi: 'Vui lòng đăng nhập để tiếp tục.',
    en: 'Please sign in to continue.',
  },
  'AUTH.INVALID_CREDENTIALS': {
    kind: 'unauthenticated',
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  },
  /** The one answer of a refused sign-in: unknown user, wrong password, disabled or locked account alike (no enumeration). */
  'AUTH.SIGN_IN_REFUSED': {
    kind: 'unauthenticated',
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Sau 5 lần sai liên tiếp, tài khoản tạm khóa (15 phút, rồi lâu hơn); quản trị viên có thể mở khóa.',
    en: 'Wrong username or password. After 5 failures in a row the account is locked for a while (15 minutes, then longer); an administrator can unlock it.',
  },
  'AUTH.LOCKED': {
    kind: 'rate_limited',
    vi: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau {seconds} giây.',
    en: 'Too many failed sign-ins. Try again in {seconds} seconds.',
  },
  'AUTH.TOTP_REQUIRED': {
    kind: 'unauthenticated',
    vi: 'Vui lòng nhập mã xác thực trên ứng dụng xác thực để tiếp tục.',
    en: 'Enter the code from your authenticator app to continue.',
  },
  'AUTH.TOTP_INVALID': {
    kind: 'unauthenticated',
    vi: 'Mã xác thực không đúng hoặc đã được dùng. Vui lòng chờ mã mới trên ứng dụng xác thực.',
    en: 'Wrong or already used code. Wait for a new code in your authenticator app.',
  },
  'AUTH.RECOVERY_CODE_INVALID': {
    kind: 'unauthenticated',
    vi: 'Mã dự phòng không đúng hoặc đã được dùng.',
    en: 'Wrong or already used recovery code.',
  },
  'AUTH.PROOF_REQUIRED': {
    kind: 'invalid',
    vi: 'Để cài lại ứng dụng xác thực, hãy nhập mật khẩu hiện tại và mã xác thực hiện tại (hoặc một mã dự phòng).',
    en: 'To set up the authenticator again, enter your current password and a current code (or a recovery code).',
  },
  'AUTH.NO_PENDING_ENROLMENT': {
    kind: 'invalid',
    vi: 'Chưa có mã QR mới. Vui lòng tạo mã QR trước.',
    en: 'No new QR code yet. Create one first.',
  },
  'USER.NOT_ON_SELF': {
    kind: 'forbidden',
    vi: 'Không thể làm việc này với chính tài khoản của bạn; hãy nhờ một quản trị viên khác.',
    en: 'You cannot do this to your own account; ask another administrator.',
  },
  'AUTH.SETUP_REQUIRED': {
    kind: 'forbidden',
    vi: 'Vui lòng đổi mật khẩu tạm và cài ứng dụng lấy mã đăng nhập trên điện thoại trước khi tiếp tục.',
    en: 'Replace your temporary password and install the sign-in code app on your phone before continuing.',
  },
  'AUTH.FORBIDDEN': {
    kind: 'forbidden',
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  },
  'AUTH.WEAK_PASSWORD': {
    kind: 'invalid',
    vi: 'Mật khẩu phải có ít nhất {min} ký tự.',
    en: 'The password must have at least {min} characters.',
  },
  'AUTH.GUESSABLE_PASSWORD': {
    kind: 'invalid',
    vi: 'Mật khẩu này quá dễ đoán (quá phổ biến, lặp lại, hoặc chứa tên xã, tên đăng nhập, họ tên). Hãy chọn một câu dài, ví dụ bốn, năm từ không liên quan đến nhau.',
    en: 'This password is too easy to guess (common, repetitive, or containing the commune, username or your name). Choose a long phrase, e.g. four or five unrelated words.',
  },
  'RESOURCE.NOT_FOUND': { kind: 'not_found', vi: 'Không tìm thấy dữ liệu yêu cầu.', en: 'Not found.' },
  'RESOURCE.CONFLICT': {
    kind: 'conflict',
    vi: 'Dữ liệu đã bị thay đổi hoặc đã tồn tại.',
    en: 'The data was changed or already exists.',
  },
  ...calendarMessages,
  ...planMessages,
  ...mediationMessages,
  ...capacityMessages,
  ...budgetMessages,
  ...kpiMessages,
  ...registryMessages,
  ...startupMessages,
  'RATE.LIMITED': {
    kind: 'rate_limited',
    vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau.',
    en: 'Too many requests. Please try again later.',
  },
} as const satisfies Record<string, Entry>;

/** A namespaced error code, e.g. `AUTH.LOCKED`. */
export type ErrorCode = keyof typeof errorMessages;
