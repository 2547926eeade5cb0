/** What the console sends to create or change a mediation team (Law 35/2013 Art. 12). */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';

export const teamStatusSchema = z.enum(['active', 'dissolved'], {
  message: 'Trạng thái: chọn đang hoạt động hoặc đã giải thể',
});
const teamName = safeText(120, { min: 2, tooShort: 'Tên tổ quá ngắn', tooLong: 'Tên tổ quá dài' });
const decisionNo = safeText(60, { tooLong: 'Số quyết định quá dài' });
const id = (what: string) => z.string().uuid(`${what}: mã không hợp lệ`);

export const teamCreateSchema = z
  .object({
    villageId: id('Thôn/làng'),
    name: teamName,
    foundingDecisionNo: decisionNo.nullable().default(null),
    foundingDecisionOn: isoDateSchema.nullable().default(null),
  })
  .strict();
export type TeamCreate = z.infer<typeof teamCreateSchema>;

export const teamUpdateSchema = z
  .object({
    id: id('Tổ hòa giải'),
    villageId: id('Thôn/làng').optional(),
    name: teamName.optional(),
    foundingDecisionNo: decisionNo.nullable().optional(),
    foundingDecisionOn: isoDateSchema.nullable().optional(),
    status: teamStatusSchema.optional(),
  })
  .strict();
export type TeamUpdate = z.infer<typeof teamUpdateSchema>;

export const teamIdInputSchema = z.object({ id: id('Tổ hòa giải') }).strict();
