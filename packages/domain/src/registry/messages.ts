/**
 * Codes of the registry module (importing the commune's mediator lists), with Vietnamese and English messages in
 * plain words: each names the row and the column as the officer sees them in the spreadsheet.
 */
import type { ErrorKind } from '../errors/domain-error.ts';

export const registryMessages = {
  'IMPORT.NO_HEADER': { kind: 'invalid', vi: 'Không tìm thấy dòng tiêu đề có cột “Họ và tên” trong {rows} dòng đầu của trang tính.', en: 'No header row with a “Họ và tên” (full name) column in the first {rows} rows of the sheet.' },
  'IMPORT.MISSING_COLUMN': { kind: 'invalid', vi: 'Dòng tiêu đề (dòng {row}) thiếu cột “{column}”.', en: 'The header row (row {row}) has no “{column}” column.' },
  'IMPORT.DUPLICATE_COLUMN': { kind: 'invalid', vi: 'Dòng tiêu đề (dòng {row}) có hai cột “{column}”; hãy xóa bớt một cột.', en: 'The header row (row {row}) has two “{column}” columns; remove one.' },
  'IMPORT.TOO_MANY_ROWS': { kind: 'invalid', vi: 'Danh sách có {count} dòng, vượt giới hạn {max} dòng mỗi lần nhập; hãy chia thành nhiều tệp.', en: 'The list has {count} rows, more than the {max} rows one import takes; split it into several files.' },
  'IMPORT.REQUIRED': { kind: 'invalid', vi: 'Dòng {row}, cột “{column}”: chưa ghi nội dung.', en: 'Row {row}, column “{column}”: it is empty.' },
  'IMPORT.TOO_LONG': { kind: 'invalid', vi: 'Dòng {row}, cột “{column}”: nội dung quá dài (tối đa {max} ký tự).', en: 'Row {row}, column “{column}”: too long (at most {max} characters).' },
  'IMPORT.BAD_NAME': { kind: 'invalid', vi: 'Dòng {row}, cột “{column}”: “{value}” không phải họ và tên.', en: 'Row {row}, column “{column}”: “{value}” is not a full name.' },
  'IMPORT.BAD_BIRTH': { kind: 'invalid', vi: 'Dòng {row}, cột “{column}”: “{value}” không phải năm sinh hoặc ngày sinh hợp lệ (ví dụ 1965 hoặc 15/03/1965).', en: 'Row {row}, column “{column}”: “{value}” is not a valid birth year or date (e.g. 1965 or 15/03/1965).' },
  'IMPORT.BAD_SEX': { kind: 'invalid', vi: 'Dòng {row}, cột “{column}”: “{value}” không rõ giới tính; hãy ghi “Nam” hoặc “Nữ”.', en: 'Row {row}, column “{column}”: “{value}” is not a sex; write “Nam” (male) or “Nữ” (female).' },
  'IMPORT.UNKNOWN_VILLAGE': { kind: 'invalid', vi: 'Dòng {row}, cột “{column}”: xã không có thôn/làng “{value}”; hãy kiểm tra tên hoặc thêm thôn/làng trước.', en: 'Row {row}, column “{column}”: the commune has no village “{value}”; check the name or add the village first.' },
  'IMPORT.NO_TEAM_IN_VILLAGE': { kind: 'invalid', vi: 'Dòng {row}: thôn/làng “{village}” chưa có tổ hòa giải; hãy tạo tổ trước khi nhập.', en: 'Row {row}: the village “{village}” has no mediation team yet; create it before importing.' },
  'IMPORT.TEAM_AMBIGUOUS': { kind: 'invalid', vi: 'Dòng {row}: thôn/làng “{village}” có nhiều tổ hòa giải; hãy ghi tên tổ ở cột “Tổ hòa giải”.', en: 'Row {row}: the village “{village}” has several teams; write the team in the “Tổ hòa giải” column.' },
  'IMPORT.UNKNOWN_TEAM': { kind: 'invalid', vi: 'Dòng {row}, cột “{column}”: thôn/làng “{village}” không có tổ hòa giải “{value}”.', en: 'Row {row}, column “{column}”: the village “{village}” has no team “{value}”.' },
  'IMPORT.BAD_ROLE': { kind: 'invalid', vi: 'Dòng {row}, cột “{column}”: “{value}” không rõ chức vụ trong tổ; hãy ghi “Tổ trưởng” hoặc “Tổ viên”.', en: 'Row {row}, column “{column}”: “{value}” is not a role; write “Tổ trưởng” (leader) or “Tổ viên” (member).' },
  'IMPORT.BAD_PHONE': { kind: 'invalid', vi: 'Dòng {row}, cột “{column}”: “{value}” không phải số điện thoại (10 hoặc 11 chữ số, bắt đầu bằng số 0).', en: 'Row {row}, column “{column}”: “{value}” is not a phone number (10 or 11 digits starting with 0).' },
  'IMPORT.DUPLICATE_PERSON': { kind: 'conflict', vi: 'Dòng {row}: trùng với dòng {firstRow} (cùng họ tên, năm sinh và thôn/làng); mỗi người chỉ ghi một dòng.', en: 'Row {row}: the same person as row {firstRow} (same name, birth year and village); list each person once.' },
  'IMPORT.SECOND_LEADER': { kind: 'conflict', vi: 'Dòng {row}: tổ “{team}” đã có tổ trưởng ở dòng {firstRow}; mỗi tổ chỉ có một tổ trưởng.', en: 'Row {row}: the team “{team}” already has a leader in row {firstRow}; a team has one leader.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
