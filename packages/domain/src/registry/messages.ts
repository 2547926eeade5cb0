/**
 * Error codes of the registry of villages, teams, mediators and legal supporters (issue 10), Vietnamese first.
 * Each names the field it is about in `params.field`, so a form shows it beside that field.
 */
import type { ErrorKind } from '../errors/domain-error.ts';

export const registryMessages = {
  'REGISTRY.DUPLICATE_PERSON': { kind: 'conflict', vi: 'Họ tên: đã có một hòa giải viên cùng họ tên, năm sinh và thôn nơi cư trú. Nếu đây là người khác, hãy đánh dấu "Đây là một người khác" rồi lưu lại.', en: 'Full name: a mediator with the same name, birth year and village already exists. If this is another person, tick "This is another person" and save again.' },
  'REGISTRY.ALREADY_MEMBER': { kind: 'conflict', vi: 'Hòa giải viên: người này đang là thành viên của tổ.', en: 'Mediator: this person is already a member of the team.' },
  'REGISTRY.LEADER_TAKEN': { kind: 'conflict', vi: 'Vai trò: tổ đã có tổ trưởng; hãy cho tổ trưởng hiện tại thôi giữ vai trò trước.', en: 'Role: the team already has a leader; end the current leader\'s role first.' },
  'REGISTRY.NOT_ACTIVE_MEMBER': { kind: 'conflict', vi: 'Thành viên: người này không còn là thành viên đang hoạt động của tổ.', en: 'Membership: this person is no longer an active member of the team.' },
  'REGISTRY.LEFT_BEFORE_JOINED': { kind: 'invalid', vi: 'Ngày thôi: không được trước ngày vào tổ ({joinedOn}).', en: 'Left on: cannot be before the day the person joined ({joinedOn}).' },
  'REGISTRY.STANDARDS_UNMET': { kind: 'invalid', vi: 'Tiêu chuẩn hòa giải viên (Luật Hòa giải ở cơ sở, Điều 7) chưa đáp ứng: {detail}', en: 'Mediator standards (Law on Grassroots Mediation, Art. 7) not met: {detail}' },
  'REGISTRY.TEAM_DISSOLVED': { kind: 'conflict', vi: 'Tổ hòa giải: tổ đã giải thể, không thêm thành viên được.', en: 'Team: the team is dissolved; no member can be added.' },
  'REGISTRY.VILLAGE_NOT_FOUND': { kind: 'invalid', vi: 'Thôn/làng: không có trong danh sách của xã.', en: 'Village: not in the commune\'s list.' },
  'REGISTRY.NAME_TAKEN': { kind: 'conflict', vi: 'Tên: đã có một mục cùng tên trong xã.', en: 'Name: another entry of the commune has this name.' },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
