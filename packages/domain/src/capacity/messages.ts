/** Error codes of the capacity module (training, assessment, contests, rewards), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const capacityMessages = {
  // Training and attendance — Law 35/2013 Art. 9.4; plan task 3b
  'CAPACITY.UNKNOWN_SESSION': {
    kind: 'invalid',
    vi: 'Không có buổi tập huấn "{sessionId}".',
    en: 'There is no training session "{sessionId}".',
  },
  'CAPACITY.HOURS_EXCEED_SESSION': {
    kind: 'invalid',
    vi: 'Hòa giải viên {mediatorId} được ghi {hours} giờ, nhiều hơn thời lượng buổi "{sessionId}" ({max} giờ).',
    en: 'Mediator {mediatorId} is credited {hours} hours, more than session "{sessionId}" lasted ({max} hours).',
  },
  'CAPACITY.DUPLICATE_ATTENDANCE': {
    kind: 'conflict',
    vi: 'Hòa giải viên {mediatorId} được điểm danh hai lần ở buổi "{sessionId}".',
    en: 'Mediator {mediatorId} is recorded twice for session "{sessionId}".',
  },
  // Capacity assessment — plan task 3b (khảo sát, đánh giá năng lực)
  'CAPACITY.MISSING_SCORE': {
    kind: 'invalid',
    vi: 'Thiếu điểm tiêu chí "{competency}".',
    en: 'The score for "{competency}" is missing.',
  },
  'CAPACITY.UNKNOWN_COMPETENCY': {
    kind: 'invalid',
    vi: 'Tiêu chí "{competency}" không có trong bộ tiêu chí đánh giá.',
    en: '"{competency}" is not a criterion of the assessment rubric.',
  },
  'CAPACITY.SCORE_OUT_OF_SCALE': {
    kind: 'invalid',
    vi: 'Điểm {score} của tiêu chí "{competency}" nằm ngoài thang {min}–{max}.',
    en: 'Score {score} for "{competency}" is outside the {min}–{max} scale.',
  },
  // Good-mediator contest — R-CONTEST-1
  'CONTEST.WRONG_OFFICIAL_COUNT': {
    kind: 'invalid',
    vi: 'Đội thi phải có đúng {required} thành viên chính thức (hiện có {count}).',
    en: 'A contest team needs exactly {required} official members (it has {count}).',
  },
  'CONTEST.TOO_FEW_RESERVES': {
    kind: 'invalid',
    vi: 'Đội thi cần ít nhất {min} thành viên dự bị (hiện có {count}).',
    en: 'A contest team needs at least {min} reserves (it has {count}).',
  },
  'CONTEST.TOO_MANY_RESERVES': {
    kind: 'invalid',
    vi: 'Đội thi có tối đa {max} thành viên dự bị (hiện có {count}).',
    en: 'A contest team may have at most {max} reserves (it has {count}).',
  },
  'CONTEST.TOO_MANY_HELPERS': {
    kind: 'invalid',
    vi: 'Đội thi có tối đa {max} người hỗ trợ (hiện có {count}).',
    en: 'A contest team may have at most {max} helpers (it has {count}).',
  },
  'CONTEST.CAPTAIN_NOT_OFFICIAL': {
    kind: 'invalid',
    vi: 'Đội trưởng {captainId} phải là thành viên chính thức của đội.',
    en: 'Captain {captainId} must be an official member of the team.',
  },
  'CONTEST.NOT_ACTIVE_MEDIATOR': {
    kind: 'invalid',
    vi: '{personId} không phải hòa giải viên đã được công nhận và đang hoạt động vào ngày thi.',
    en: '{personId} is not a recognised, active mediator on the contest day.',
  },
  'CONTEST.DUPLICATE_PERSON': {
    kind: 'invalid',
    vi: '{personId} được ghi ở nhiều vị trí trong đội.',
    en: '{personId} is listed in more than one place in the team.',
  },
  // Rewards — Law on Emulation and Commendation 2022 Art. 80.3, 83.1
  'REWARD.NOT_UNDER_MANAGEMENT': {
    kind: 'invalid',
    vi: 'Người/tập thể được đề nghị không thuộc phạm vi quản lý của xã; cơ quan quản lý của họ xét khen thưởng.',
    en: "The nominee is not under the commune's management; their own managing body considers the award.",
  },
  'REWARD.WRONG_RECIPIENT': {
    kind: 'invalid',
    vi: 'Hình thức "{form}" không tặng cho đối tượng "{recipient}".',
    en: 'The award "{form}" is not given to a "{recipient}".',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
