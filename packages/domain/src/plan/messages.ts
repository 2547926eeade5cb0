/** Error codes of the plan module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const planMessages = {
  'PLAN.INVALID_INPUT': { kind: 'invalid', vi: 'Dữ liệu kế hoạch không hợp lệ: {detail}', en: 'Invalid plan data: {detail}' },
  'PLAN.INVALID_YEARS': { kind: 'invalid', vi: 'Năm bắt đầu ({from}) phải trước hoặc bằng năm kết thúc ({to}).', en: 'The first year ({from}) must not be after the last year ({to}).' },
  'PLAN.DUPLICATE_CODE': { kind: 'invalid', vi: 'Mã nhiệm vụ hoặc nhóm "{code}" bị trùng trong kế hoạch.', en: 'The group or task code "{code}" appears twice in the plan.' },
  'PLAN.TIMING_OUTSIDE_PLAN': { kind: 'invalid', vi: 'Thời gian thực hiện của nhiệm vụ {code} (năm {year}) nằm ngoài thời gian của kế hoạch.', en: 'The timing of task {code} (year {year}) is outside the plan years.' },
  'PLAN.UNKNOWN_TASK': { kind: 'invalid', vi: 'Kế hoạch không có nhiệm vụ mã {taskCode}.', en: 'The plan has no task {taskCode}.' },
  'PLAN.UNKNOWN_PART': { kind: 'invalid', vi: 'Nhiệm vụ {taskCode} không có phần "{partKey}".', en: 'Task {taskCode} has no part "{partKey}".' },
  'PLAN.NOT_AWAITING': { kind: 'conflict', vi: 'Công việc của nhiệm vụ {taskCode} đã có thời hạn; chỉ công việc đang chờ yêu cầu hoặc kế hoạch cấp trên mới được ấn định ngày.', en: 'The work item of task {taskCode} is already dated; only items awaiting a request or a higher plan can be scheduled.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
