/** Error codes of the plan module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const planMessages = {
  'PLAN.INVALID_INPUT': {
    kind: 'invalid',
    vi: 'Dữ liệu kế hoạch không hợp lệ: {detail}',
    en: 'Invalid plan data: {detail}',
  },
  'PLAN.INVALID_YEARS': {
    kind: 'invalid',
    vi: 'Năm bắt đầu ({from}) phải trước hoặc bằng năm kết thúc ({to}).',
    en: 'The first year ({from}) must not be after the last year ({to}).',
  },
  'PLAN.DUPLICATE_CODE': {
    kind: 'invalid',
    vi: 'Mã nhiệm vụ hoặc nhóm "{code}" bị trùng trong kế hoạch.',
    en: 'The group or task code "{code}" appears twice in the plan.',
  },
  'PLAN.TIMING_OUTSIDE_PLAN': {
    kind: 'invalid',
    vi: 'Thời gian thực hiện của nhiệm vụ {code} (năm {year}) nằm ngoài thời gian của kế hoạch.',
    en: 'The timing of task {code} (year {year}) is outside the plan years.',
  },
  'PLAN.FILE_INVALID': {
    kind: 'invalid',
    vi: 'Tệp dữ liệu của xã có lỗi — {detail}',
    en: 'The commune data file has errors — {detail}',
  },
  'PLAN.UNKNOWN_AGENCY': {
    kind: 'invalid',
    vi: 'Cơ quan "{code}" không có trong danh sách cơ quan (agencies) của xã.',
    en: 'Agency "{code}" is not in the commune\'s list of agencies.',
  },
  'PLAN.DUPLICATE_AGENCY': {
    kind: 'invalid',
    vi: 'Mã cơ quan "{code}" bị trùng.',
    en: 'The agency code "{code}" appears twice.',
  },
  'PLAN.DUPLICATE_VILLAGE': {
    kind: 'invalid',
    vi: 'Thôn, làng "{name}" có tên hai lần.',
    en: 'The village "{name}" is listed twice.',
  },
  'PLAN.WRONG_COMMUNE': {
    kind: 'invalid',
    vi: 'Kế hoạch ghi mã xã {found} (communeCode), nhưng đang thêm xã {expected}.',
    en: 'The plan is for commune {found} (communeCode), but commune {expected} is being added.',
  },
  'PROVINCE.UNKNOWN': {
    kind: 'not_found',
    vi: 'Chưa có tỉnh mã {code} trong hệ thống: thêm --name "Tỉnh …" để tạo.',
    en: 'Province {code} is not known yet: add --name "Tỉnh …" to create it.',
  },
  'COMMUNE.ADMIN_NAME_TAKEN': {
    kind: 'conflict',
    vi: 'Tên đăng nhập {username} đã thuộc về một tài khoản khác, nên chưa tạo được quản trị viên đầu tiên của xã {code}; không có gì được ghi.',
    en: 'The username {username} belongs to another account, so the first administrator of commune {code} was not created; nothing was written.',
  },
  'PLAN.UNKNOWN_TASK': {
    kind: 'invalid',
    vi: 'Kế hoạch không có nhiệm vụ mã {taskCode}.',
    en: 'The plan has no task {taskCode}.',
  },
  'PLAN.UNKNOWN_PART': {
    kind: 'invalid',
    vi: 'Nhiệm vụ {taskCode} không có phần "{partKey}".',
    en: 'Task {taskCode} has no part "{partKey}".',
  },
  'PLAN.NOT_AWAITING': {
    kind: 'conflict',
    vi: 'Công việc của nhiệm vụ {taskCode} đã có thời hạn; chỉ công việc đang chờ yêu cầu hoặc kế hoạch cấp trên mới được ấn định ngày.',
    en: 'The work item of task {taskCode} is already dated; only items awaiting a request or a higher plan can be scheduled.',
  },
  'WORK_ITEM.LOCKED': {
    kind: 'conflict',
    vi: 'Năm {year} đã được Chủ tịch ký duyệt; công việc bị khóa. Cần mở lại năm (có lý do) trước khi sửa.',
    en: 'Year {year} is signed off and its items are locked. Reopen the year (with a reason) first.',
  },
  'WORK_ITEM.STALE': {
    kind: 'conflict',
    vi: 'Công việc vừa được người khác cập nhật. Vui lòng tải lại trang rồi thử lại.',
    en: 'Someone else just updated this item. Reload and try again.',
  },
  'WORK_ITEM.NOT_LEAD': {
    kind: 'forbidden',
    vi: 'Chỉ cơ quan chủ trì nhiệm vụ {taskCode} mới được cập nhật công việc này.',
    en: 'Only the lead agency of task {taskCode} may update this item.',
  },
  'WORK_ITEM.NOT_PARTNER': {
    kind: 'forbidden',
    vi: 'Chỉ cơ quan chủ trì hoặc phối hợp của nhiệm vụ {taskCode} mới được góp ý, đính kèm minh chứng.',
    en: 'Only the lead or coordinating agencies of task {taskCode} may comment or attach evidence.',
  },
  'WORK_ITEM.WRONG_TIMING': {
    kind: 'invalid',
    vi: 'Nhiệm vụ {taskCode} không thực hiện theo hình thức này.',
    en: 'Task {taskCode} is not timed this way.',
  },
  'WORK_ITEM.CANCELLED': {
    kind: 'conflict',
    vi: 'Công việc đã bị hủy. Chọn lại trạng thái để khôi phục công việc trước khi cập nhật.',
    en: 'The item is cancelled. Choose a status to restore it before updating.',
  },
  'SIGNOFF.FUTURE_YEAR': {
    kind: 'invalid',
    vi: 'Chưa thể ký duyệt năm {year}: năm này chưa bắt đầu.',
    en: 'Year {year} has not begun and cannot be signed off.',
  },
  'EVIDENCE.TYPE': {
    kind: 'invalid',
    vi: 'Chỉ nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG (kiểm tra theo nội dung tệp).',
    en: 'Only PDF, DOCX, XLSX, JPEG or PNG files are accepted (checked by content).',
  },
  'EVIDENCE.TOO_LARGE': {
    kind: 'invalid',
    vi: 'Tệp quá lớn: tối đa 10 MB.',
    en: 'The file is too large: 10 MB at most.',
  },
  'EVIDENCE.PACKAGE_TOO_LARGE': {
    kind: 'invalid',
    vi: 'Tệp Word/Excel này khi giải nén quá lớn (tối đa {maxMb} MB và {maxEntries} thành phần) hoặc bị hỏng. Vui lòng lưu lại tệp hoặc gửi bản PDF.',
    en: 'This Word/Excel file unpacks too large (at most {maxMb} MB and {maxEntries} parts) or is damaged. Save it again or send a PDF.',
  },
  'EVIDENCE.DISK_FULL': {
    kind: 'unavailable',
    vi: 'Máy chủ hết chỗ lưu tệp nên chưa lưu được minh chứng; không có gì được ghi. Vui lòng báo quản trị viên giải phóng ổ đĩa rồi thử lại.',
    en: 'The server is out of disk space, so the evidence was not saved (nothing was written). Ask the administrator to free disk space, then try again.',
  },
  'SIGNOFF.ALREADY': { kind: 'conflict', vi: 'Năm {year} đã được ký duyệt.', en: 'Year {year} is already signed off.' },
  'SIGNOFF.NOT_SIGNED': {
    kind: 'conflict',
    vi: 'Năm {year} chưa được ký duyệt.',
    en: 'Year {year} is not signed off.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
