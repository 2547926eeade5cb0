/** The legal-support pool (Decision 315/QĐ-TTg): who supports the commune's teams, and which teams. */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';

export const legalSupportKindSchema = z.enum(
  ['jurist', 'lawyer', 'police_officer', 'court_assessor', 'retired_judge', 'legal_official', 'other'],
  { message: 'field.SUPPORTER_KIND' },
);
export type LegalSupportKind = z.infer<typeof legalSupportKindSchema>;

const fullName = safeText(120, { min: 2, tooShort: 'field.FULL_NAME_TOO_SHORT', tooLong: 'field.FULL_NAME_TOO_LONG' });
const organisation = safeText(200, { tooLong: 'field.ORGANISATION_TOO_LONG' }).nullable();
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,20}$/, 'field.PHONE')
  .nullable();
const id = z.string().uuid('field.SUPPORTER_ID');

export const legalSupporterCreateSchema = z
  .object({
    fullName,
    kind: legalSupportKindSchema,
    organisation: organisation.default(null),
    phone: phone.default(null),
  })
  .strict();
export type LegalSupporterCreate = z.infer<typeof legalSupporterCreateSchema>;
export const legalSupporterUpdateSchema = z
  .object({
    id,
    fullName: fullName.optional(),
    kind: legalSupportKindSchema.optional(),
    organisation: organisation.optional(),
    phone: phone.optional(),
  })
  .strict();
export const legalSupporterIdSchema = z.object({ id }).strict();
export const legalSupportLinkSchema = z
  .object({
    supporterId: id,
    teamId: z.string().uuid('field.TEAM_ID'),
    since: isoDateSchema.nullable().default(null),
  })
  .strict();
export const legalSupportUnlinkSchema = z
  .object({ supporterId: id, teamId: z.string().uuid('field.TEAM_ID') })
  .strict();
