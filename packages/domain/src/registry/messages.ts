/**
 * Codes of the registry: villages, teams, mediators and legal supporters (each names its field in `params.field`,
 * so a form shows it beside that field), and importing the commune's mediator lists (each names the row and the
 * column as the officer sees them in the spreadsheet). Vietnamese first.
 */
import type { ErrorKind } from '../errors/domain-error.ts';

export const registryMessages = {
  'IMPORT.NO_HEADER': {
    kind: 'invalid',
    vi: 'Không tìm thấy dòng tiêu đề có cột “Họ và tên” trong {rows} dòng đầu của trang tính.',
    en: 'No header row with a “Họ và tên” (full name) column in the first {rows} rows of the sheet.',
  },
  'IMPORT.MISSING_COLUMN': {
    kind: 'invalid',
    vi: 'Dòng tiêu đề (dòng {row}) thiếu cột “{column}”.',
    en: 'The header row (row {row}) has no “{column}” column.',
  },
  'IMPORT.DUPLICATE_COLUMN': {
    kind: 'invalid',
    vi: 'Dòng tiêu đề (dòng {row}) có hai cột “{column}”; hãy xóa bớt một cột.',
    en: 'The header row (row {row}) has two “{column}” columns; remove one.',
  },
  'IMPORT.TOO_MANY_ROWS': {
    kind: 'invalid',
    vi: 'Danh sách có {count} dòng, vượt giới hạn {max} dòng mỗi lần nhập; hãy chia thành nhiều tệp.',
    en: 'The list has {count} rows, more than the {max} rows one import takes; split it into several files.',
  },
  'IMPORT.REQUIRED': {
    kind: 'invalid',
    vi: 'Dòng {row}, cột “{column}”: chưa ghi nội dung.',
    en: 'Row {row}, column “{column}”: it is empty.',
  },
  'IMPORT.TOO_LONG': {
    kind: 'invalid',
    vi: 'Dòng {row}, cột “{column}”: nội dung quá dài (tối đa {max} ký tự).',
    en: 'Row {row}, column “{column}”: too long (at most {max} characters).',
  },
  'IMPORT.BAD_NAME': {
    kind: 'invalid',
    vi: 'Dòng {row}, cột “{column}”: “{value}” không phải họ và tên.',
    en: 'Row {row}, column “{column}”: “{value}” is not a full name.',
  },
  'IMPORT.BAD_BIRTH': {
    kind: 'invalid',
    vi: 'Dòng {row}, cột “{column}”: “{value}” không phải năm sinh hoặc ngày sinh hợp lệ (ví dụ 1965 hoặc 15/03/1965).',
    en: 'Row {row}, column “{column}”: “{value}” is not a valid birth year or date (e.g. 1965 or 15/03/1965).',
  },
  'IMPORT.BAD_SEX': {
    kind: 'invalid',
    vi: 'Dòng {row}, cột “{column}”: “{value}” không rõ giới tính; hãy ghi “Nam” hoặc “Nữ”.',
    en: 'Row {row}, column “{column}”: “{value}” is not a sex; write “Nam” (male) or “Nữ” (female).',
  },
  'IMPORT.UNKNOWN_VILLAGE': {
    kind: 'invalid',
    vi: 'Dòng {row}, cột “{column}”: xã không có thôn/làng “{value}”; hãy kiểm tra tên hoặc thêm thôn/làng trước.',
    en: 'Row {row}, column “{column}”: the commune has no village “{value}”; check the name or add the village first.',
  },
  'IMPORT.NO_TEAM_IN_VILLAGE': {
    kind: 'invalid',
    vi: 'Dòng {row}: thôn/làng “{village}” chưa có tổ hòa giải; hãy tạo tổ trước khi nhập.',
    en: 'Row {row}: the village “{village}” has no mediation team yet; create it before importing.',
  },
  'IMPORT.TEAM_AMBIGUOUS': {
    kind: 'invalid',
    vi: 'Dòng {row}: thôn/làng “{village}” có nhiều tổ hòa giải; hãy ghi tên tổ ở cột “Tổ hòa giải”.',
    en: 'Row {row}: the village “{village}” has several teams; write the team in the “Tổ hòa giải” column.',
  },
  'IMPORT.UNKNOWN_TEAM': {
    kind: 'invalid',
    vi: 'Dòng {row}, cột “{column}”: thôn/làng “{village}” không có tổ hòa giải “{value}”.',
    en: 'Row {row}, column “{column}”: the village “{village}” has no team “{value}”.',
  },
  'IMPORT.BAD_ROLE': {
    kind: 'invalid',
    vi: 'Dòng {row}, cột “{column}”: “{value}” không rõ chức vụ trong tổ; hãy ghi “Tổ trưởng” hoặc “Tổ viên”.',
    en: 'Row {row}, column “{column}”: “{value}” is not a role; write “Tổ trưởng” (leader) or “Tổ viên” (member).',
  },
  'IMPORT.BAD_PHONE': {
    kind: 'invalid',
    vi: 'Dòng {row}, cột “{column}”: “{value}” không phải số điện thoại (10 hoặc 11 chữ số, bắt đầu bằng số 0).',
    en: 'Row {row}, column “{column}”: “{value}” is not a phone number (10 or 11 digits starting with 0).',
  },
  'IMPORT.DUPLICATE_PERSON': {
    kind: 'conflict',
    vi: 'Dòng {row}: trùng với dòng {firstRow} (cùng họ tên, năm sinh và thôn/làng); mỗi người chỉ ghi một dòng.',
    en: 'Row {row}: the same person as row {firstRow} (same name, birth year and village); list each person once.',
  },
  'IMPORT.SECOND_LEADER': {
    kind: 'conflict',
    vi: 'Dòng {row}: tổ “{team}” đã có tổ trưởng ở dòng {firstRow}; mỗi tổ chỉ có một tổ trưởng.',
    en: 'Row {row}: the team “{team}” already has a leader in row {firstRow}; a team has one leader.',
  },
  'REGISTRY.DUPLICATE_PERSON': {
    kind: 'conflict',
    vi: 'Họ tên: đã có một hòa giải viên cùng họ tên, năm sinh và thôn nơi cư trú. Nếu đây là người khác, hãy đánh dấu "Đây là một người khác" rồi lưu lại.',
    en: 'Full name: a mediator with the same name, birth year and village already exists. If this is another person, tick "This is another person" and save again.',
  },
  'REGISTRY.ALREADY_MEMBER': {
    kind: 'conflict',
    vi: 'Hòa giải viên: người này đang là thành viên của tổ.',
    en: 'Mediator: this person is already a member of the team.',
  },
  'REGISTRY.LEADER_TAKEN': {
    kind: 'conflict',
    vi: 'Vai trò: tổ đã có tổ trưởng; hãy cho tổ trưởng hiện tại thôi giữ vai trò trước.',
    en: "Role: the team already has a leader; end the current leader's role first.",
  },
  'REGISTRY.NOT_ACTIVE_MEMBER': {
    kind: 'conflict',
    vi: 'Thành viên: người này không còn là thành viên đang hoạt động của tổ.',
    en: 'Membership: this person is no longer an active member of the team.',
  },
  'REGISTRY.LEFT_BEFORE_JOINED': {
    kind: 'invalid',
    vi: 'Ngày thôi: không được trước ngày vào tổ ({joinedOn}).',
    en: 'Left on: cannot be before the day the person joined ({joinedOn}).',
  },
  'REGISTRY.STANDARDS_UNMET': {
    kind: 'invalid',
    vi: 'Tiêu chuẩn hòa giải viên (Luật Hòa giải ở cơ sở, Điều 7) chưa đáp ứng: {detail}',
    en: 'Mediator standards (Law on Grassroots Mediation, Art. 7) not met: {detail}',
  },
  'REGISTRY.TEAM_DISSOLVED': {
    kind: 'conflict',
    vi: 'Tổ hòa giải: tổ đã giải thể, không thêm thành viên được.',
    en: 'Team: the team is dissolved; no member can be added.',
  },
  'REGISTRY.VILLAGE_NOT_FOUND': {
    kind: 'invalid',
    vi: 'Thôn/làng: không có trong danh sách của xã.',
    en: "Village: not in the commune's list.",
  },
  'REGISTRY.NAME_TAKEN': {
    kind: 'conflict',
    vi: 'Tên: đã có một mục cùng tên trong xã.',
    en: 'Name: another entry of the commune has this name.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
