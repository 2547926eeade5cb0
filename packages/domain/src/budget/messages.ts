/** Error codes of the budget module (namespaced): each code's kind and the names of its parameters (the texts are in @hgcs/i18n's catalogue, `error.<code>`). */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const budgetMessages = {
  'BUDGET.OVER_CAP': {
    kind: 'invalid',
    params: ['field', 'amount', 'unit', 'cap', 'source'],
  },
  'BUDGET.PROVINCE_AMOUNT_ABOVE_CIRCULAR': {
    kind: 'invalid',
    params: ['field', 'amount', 'unit', 'cap', 'source'],
  },
  'BUDGET.NO_BASE_SALARY': {
    kind: 'invalid',
    params: ['date'],
  },
  'BUDGET.DATE_REQUIRED': {
    kind: 'invalid',
    params: ['norm'],
  },
  'BUDGET.NORM_CATEGORY_MISMATCH': {
    kind: 'invalid',
    params: ['field', 'norm', 'expected', 'category'],
  },
  'BUDGET.REMUNERATION_OUT_OF_SCOPE': {
    kind: 'invalid',
    params: [],
  },
  'BUDGET.REMUNERATION_NOT_ENDED': {
    kind: 'invalid',
    params: [],
  },
  'BUDGET.REMUNERATION_DUTY_BREACH': {
    kind: 'invalid',
    params: [],
  },
  'BUDGET.LINE_NOT_FOUND': {
    kind: 'not_found',
    params: [],
  },
  'BUDGET.PLAN_TASK_NOT_FOUND': {
    kind: 'invalid',
    params: ['field'],
  },
} as const satisfies Record<string, ErrorSpec>;
