/**
 * Every audit action code the API and the database write (`action: 'plan.sign_year'`), and the kind of object an
 * audit row names, in plain words for the console's audit page, Vietnamese first. `audit-actions.test.ts` scans the
 * code base and fails on a code written somewhere without a label here.
 */
import type { Lang } from './index.ts';

type Label = { vi: string; en: string };

export const auditActionLabels = {
  'auth.sign_in': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.sign_in_failed': { vi: 'Đăng nhập không thành công (sai mật khẩu)', en: 'Sign-in failed (wrong password)' },
  'auth.sign_in_locked': {
    vi: 'Tài khoản bị tạm khóa do nhập sai nhiều lần',
    en: 'Account locked after repeated failures',
  },
  'auth.sign_out': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.session_ended': { vi: 'Kết thúc một phiên đăng nhập', en: 'Ended a session' },
  'auth.other_sessions_ended': { vi: 'Đăng xuất ở các máy khác', en: 'Signed out on other devices' },
  'auth.denied': { vi: 'Bị từ chối: không có quyền', en: 'Refused: no permission' },
  'auth.totp_verified': { vi: 'Nhập đúng mã đăng nhập trên điện thoại', en: 'Entered the sign-in code' },
  'auth.totp_failed': { vi: 'Nhập sai mã đăng nhập trên điện thoại', en: 'Wrong sign-in code' },
  'auth.second_factor_locked': {
    vi: 'Tạm khóa do nhập sai mã đăng nhập nhiều lần',
    en: 'Locked after repeated wrong codes',
  },
  'auth.totp_enrolment_started': {
    vi: 'Bắt đầu cài ứng dụng lấy mã đăng nhập',
    en: 'Started setting up the sign-in code app',
  },
  'auth.totp_enabled': { vi: 'Đã cài xong ứng dụng lấy mã đăng nhập', en: 'Sign-in code app set up' },
  'auth.recovery_code_used': { vi: 'Đăng nhập bằng mã dự phòng', en: 'Used a recovery code' },
  'auth.recovery_code_failed': { vi: 'Nhập sai mã dự phòng', en: 'Wrong recovery code' },
  'auth.identity_proven': { vi: 'Xác nhận danh tính (mật khẩu và mã)', en: 'Identity confirmed (password and code)' },
  'auth.identity_proof_failed': { vi: 'Xác nhận danh tính không thành công', en: 'Identity confirmation failed' },
  'auth.password_changed': { vi: 'Đổi mật khẩu', en: 'Changed the password' },
  'auth.password_change_failed': { vi: 'Đổi mật khẩu không thành công', en: 'Password change failed' },
  'user.create': { vi: 'Tạo tài khoản', en: 'Created an account' },
  'user.create_first_admin': {
    vi: 'Tạo tài khoản quản trị đầu tiên của xã',
    en: "Created the commune's first administrator",
  },
  'user.disable': { vi: 'Khóa tài khoản', en: 'Disabled an account' },
  'user.enable': { vi: 'Mở lại tài khoản', en: 'Enabled an account' },
  'user.unlock': { vi: 'Mở khóa tài khoản bị tạm khóa', en: 'Unlocked an account' },
  'user.reset_second_factor': {
    vi: 'Cài lại ứng dụng lấy mã đăng nhập cho người dùng',
    en: "Reset a user's sign-in code app",
  },
  'user.reset_password': {
    vi: 'Cấp lại mật khẩu dùng một lần cho người dùng',
    en: "Reset a user's password (one-time setup password)",
  },
  'user.end_sessions': { vi: 'Đăng xuất người dùng ở mọi máy', en: 'Signed a user out everywhere' },
  'commune.seed': { vi: 'Nạp dữ liệu ban đầu của xã', en: "Loaded the commune's initial data" },
  'village.create': { vi: 'Thêm thôn, làng', en: 'Added a village' },
  'village.update': { vi: 'Sửa thôn, làng', en: 'Changed a village' },
  'team.create': { vi: 'Thành lập tổ hòa giải', en: 'Founded a mediation team' },
  'team.update': { vi: 'Sửa thông tin tổ hòa giải', en: 'Changed a mediation team' },
  'team.member_join': { vi: 'Thêm hòa giải viên vào tổ', en: 'A mediator joined a team' },
  'team.member_leave': { vi: 'Hòa giải viên thôi tham gia tổ', en: 'A mediator left a team' },
  'mediator.create': { vi: 'Thêm hòa giải viên', en: 'Recorded a mediator' },
  'mediator.update': { vi: 'Sửa thông tin hòa giải viên', en: 'Changed a mediator' },
  'legal_support.create': { vi: 'Thêm người hỗ trợ pháp lý', en: 'Added a legal supporter' },
  'legal_support.update': { vi: 'Sửa người hỗ trợ pháp lý', en: 'Changed a legal supporter' },
  'legal_support.remove': { vi: 'Xóa người hỗ trợ pháp lý', en: 'Removed a legal supporter' },
  'legal_support.link': { vi: 'Gắn người hỗ trợ pháp lý với tổ', en: 'Linked a legal supporter to a team' },
  'legal_support.unlink': { vi: 'Bỏ gắn người hỗ trợ pháp lý khỏi tổ', en: 'Unlinked a legal supporter from a team' },
  'work_item.update': { vi: 'Cập nhật công việc', en: 'Updated a work item' },
  'work_item.cancel': { vi: 'Hủy công việc', en: 'Cancelled a work item' },
  'work_item.comment': { vi: 'Góp ý kiến vào công việc', en: 'Commented on a work item' },
  'work_item.evidence_link': { vi: 'Thêm đường dẫn minh chứng', en: 'Linked evidence' },
  'work_item.evidence_file': { vi: 'Tải lên tệp minh chứng', en: 'Uploaded an evidence file' },
  'work_item.create_request': { vi: 'Ghi nhận yêu cầu, tạo công việc', en: 'Recorded a request (new work item)' },
  'work_item.create_higher_plan': {
    vi: 'Nhập ngày theo kế hoạch cấp trên, tạo công việc',
    en: "Entered a higher plan's dates (new work item)",
  },
  'plan.sign_year': { vi: 'Chủ tịch ký duyệt kết quả năm', en: 'Chairman signed off a year' },
  'plan.reopen_year': { vi: 'Chủ tịch mở lại năm đã ký duyệt', en: 'Chairman reopened a signed year' },
  'plan.year_record': { vi: 'Ghi nội dung báo cáo năm (khó khăn, đề xuất…)', en: "Wrote the year's report sections" },
  'evidence.download': { vi: 'Tải xuống tệp minh chứng', en: 'Downloaded an evidence file' },
  'export.download': { vi: 'Tải xuống báo cáo, kế hoạch', en: 'Downloaded a report or plan' },
} as const satisfies Record<string, Label>;

export type AuditAction = keyof typeof auditActionLabels;

const objectTypeLabels: Record<string, Label> = {
  user: { vi: 'Tài khoản', en: 'Account' },
  session: { vi: 'Phiên đăng nhập', en: 'Session' },
  work_item: { vi: 'Công việc', en: 'Work item' },
  plan_year: { vi: 'Năm kế hoạch', en: 'Plan year' },
  village: { vi: 'Thôn, làng', en: 'Village' },
  team: { vi: 'Tổ hòa giải', en: 'Mediation team' },
  mediator: { vi: 'Hòa giải viên', en: 'Mediator' },
  legal_supporter: { vi: 'Người hỗ trợ pháp lý', en: 'Legal supporter' },
  commune: { vi: 'Xã', en: 'Commune' },
  evidence: { vi: 'Minh chứng', en: 'Evidence' },
  export: { vi: 'Tệp báo cáo', en: 'Report file' },
  procedure: { vi: 'Chức năng', en: 'Function' },
};

/** An audit action in plain words; an unknown code (written by a newer version) reads "Thao tác khác (code)". */
export function auditActionLabel(action: string, lang: Lang): string {
  const label = (auditActionLabels as Record<string, Label>)[action];
  return label ? label[lang] : `${lang === 'en' ? 'Other action' : 'Thao tác khác'} (${action})`;
}

/** The kind of object an audit row names, in plain words; an unknown kind is shown as it is. */
export function auditObjectLabel(objectType: string, lang: Lang): string {
  return objectTypeLabels[objectType]?.[lang] ?? objectType;
}
