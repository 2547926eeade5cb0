/** Error codes of the budget module (namespaced), with Vietnamese and English messages. */
import type { ErrorKind } from '../errors/domain-error.ts';

export const budgetMessages = {
  'BUDGET.OVER_CAP': {
    kind: 'invalid',
    vi: 'Mức chi {amount} đồng/{unit} vượt mức tối đa {cap} đồng ({source}).',
    en: 'The amount {amount} VND per {unit} exceeds the cap of {cap} VND ({source}).',
  },
  'BUDGET.NO_BASE_SALARY': {
    kind: 'invalid',
    vi: 'Chưa có mức lương cơ sở áp dụng cho ngày {date}.',
    en: 'No base salary is known for {date}.',
  },
  'BUDGET.DATE_REQUIRED': {
    kind: 'invalid',
    vi: 'Mức chi "{norm}" tính theo lương cơ sở nên cần ngày phát sinh.',
    en: 'The norm "{norm}" is a multiple of the base salary, so it needs a date.',
  },
  'BUDGET.NORM_CATEGORY_MISMATCH': {
    kind: 'invalid',
    vi: 'Định mức "{norm}" thuộc nội dung chi "{expected}", không phải "{category}".',
    en: 'The norm "{norm}" belongs to spending category "{expected}", not "{category}".',
  },
  'BUDGET.REMUNERATION_OUT_OF_SCOPE': {
    kind: 'invalid',
    vi: 'Vụ, việc không thuộc phạm vi hòa giải ở cơ sở nên không được chi thù lao.',
    en: 'The case is outside grassroots mediation, so no remuneration is paid.',
  },
  'BUDGET.REMUNERATION_NOT_ENDED': {
    kind: 'invalid',
    vi: 'Vụ, việc chưa kết thúc theo Điều 23 Luật Hòa giải ở cơ sở nên chưa được chi thù lao.',
    en: 'The case has not ended under Art. 23 of the Law on Grassroots Mediation, so no remuneration is due yet.',
  },
  'BUDGET.REMUNERATION_DUTY_BREACH': {
    kind: 'invalid',
    vi: 'Hòa giải viên vi phạm nghĩa vụ tại Điều 10 Luật Hòa giải ở cơ sở nên không được chi thù lao.',
    en: 'The mediator breached a duty of Art. 10 of the Law on Grassroots Mediation, so no remuneration is paid.',
  },
} as const satisfies Record<string, { kind: ErrorKind; vi: string; en: string }>;
