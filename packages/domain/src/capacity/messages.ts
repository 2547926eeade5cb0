/** Error codes of the capacity module (training, assessment, contests, rewards): each code's kind and the names of its parameters (the texts are in @hgcs/i18n's catalogue, `error.<code>`). */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const capacityMessages = {
  // Training and attendance — Law 35/2013 Art. 9.4; plan task 3b
  'CAPACITY.UNKNOWN_SESSION': { kind: 'invalid', params: ['sessionId'] },
  'CAPACITY.HOURS_EXCEED_SESSION': { kind: 'invalid', params: ['mediatorId', 'hours', 'sessionId', 'max'] },
  'CAPACITY.DUPLICATE_ATTENDANCE': { kind: 'conflict', params: ['mediatorId', 'sessionId'] },
  // Training events and attendance as the console records them (issue 13, points 1 and 10)
  'CAPACITY.DATE_OUTSIDE_EVENT': { kind: 'invalid', params: ['field', 'name', 'date', 'from', 'to'] },
  'CAPACITY.HOURS_EXCEED_DAY': { kind: 'invalid', params: ['field', 'name', 'hours', 'max'] },
  'CAPACITY.ATTENDED_TWICE': { kind: 'invalid', params: ['field', 'name', 'date'] },
  'CAPACITY.NOT_ACTIVE_MEDIATOR': { kind: 'invalid', params: ['field'] },
  'CAPACITY.TRAINER_UNKNOWN': { kind: 'invalid', params: ['field'] },
  'CAPACITY.NOT_TRAINING_WORK_ITEM': { kind: 'invalid', params: ['field'] },
  'CAPACITY.ATTENDANCE_OUTSIDE_NEW_DATES': { kind: 'invalid', params: ['field', 'count'] },
  'CAPACITY.ASSESSED_IN_FUTURE': { kind: 'invalid', params: ['field'] },
  // Capacity assessment — plan task 3b (khảo sát, đánh giá năng lực)
  'CAPACITY.MISSING_SCORE': { kind: 'invalid', params: ['competency'] },
  'CAPACITY.UNKNOWN_COMPETENCY': { kind: 'invalid', params: ['competency'] },
  'CAPACITY.SCORE_OUT_OF_SCALE': { kind: 'invalid', params: ['score', 'competency', 'min', 'max'] },
  // Good-mediator contest — R-CONTEST-1
  'CONTEST.WRONG_OFFICIAL_COUNT': { kind: 'invalid', params: ['required', 'count'] },
  'CONTEST.TOO_FEW_RESERVES': { kind: 'invalid', params: ['min', 'count'] },
  'CONTEST.TOO_MANY_RESERVES': { kind: 'invalid', params: ['max', 'count'] },
  'CONTEST.TOO_MANY_HELPERS': { kind: 'invalid', params: ['max', 'count'] },
  'CONTEST.CAPTAIN_NOT_OFFICIAL': { kind: 'invalid', params: ['captainId'] },
  'CONTEST.NOT_ACTIVE_MEDIATOR': { kind: 'invalid', params: ['personId'] },
  'CONTEST.DUPLICATE_PERSON': { kind: 'invalid', params: ['personId'] },
  // Contests as the console records them (issue 13, point 4)
  'CONTEST.NOT_RECOGNISED': { kind: 'invalid', params: ['field', 'name'] },
  'CONTEST.UNKNOWN_JUDGE': { kind: 'invalid', params: ['field', 'judge'] },
  'CONTEST.UNKNOWN_ROUND': { kind: 'invalid', params: ['field'] },
  'CONTEST.SCORE_COUNT': { kind: 'invalid', params: ['field', 'required', 'count'] },
  'CONTEST.SCORE_ABOVE_MAX': { kind: 'invalid', params: ['field', 'criterion', 'score', 'max'] },
  'CONTEST.JUDGE_SCORED_TWICE': { kind: 'conflict', params: ['field', 'judge'] },
  'CONTEST.PRIZE_OVER_CAP': { kind: 'invalid', params: ['field', 'amount', 'cap'] },
  'CONTEST.ENTRY_ALREADY_IN': { kind: 'conflict', params: ['field', 'name'] },
  // Certificates (issue 13, point 6)
  'CERTIFICATE.NOT_ATTENDED': { kind: 'invalid', params: ['field'] },
  'CERTIFICATE.NO_RESULT': { kind: 'invalid', params: ['field'] },
  'CERTIFICATE.NOT_FOUND': { kind: 'not_found', params: [] },
  'CERTIFICATE.ALREADY_REVOKED': { kind: 'conflict', params: [] },
  // Reward proposals (issue 13, point 5)
  'REWARD.EVIDENCE_NOT_OURS': { kind: 'invalid', params: ['field'] },
  'REWARD.NOT_PROPOSED': { kind: 'conflict', params: ['status'] },
  // Rewards — Law on Emulation and Commendation 2022 Art. 80.3, 83.1
  'REWARD.NOT_UNDER_MANAGEMENT': { kind: 'invalid', params: [] },
  'REWARD.WRONG_RECIPIENT': { kind: 'invalid', params: ['form', 'recipient'] },
} as const satisfies Record<string, ErrorSpec>;
