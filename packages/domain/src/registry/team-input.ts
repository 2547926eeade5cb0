/** What the console sends to create or change a mediation team (Law 35/2013 Art. 12). */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';

export const teamStatusSchema = z.enum(['active', 'dissolved'], {
  message: 'field.TEAM_STATUS',
});
const teamName = safeText(120, { min: 2, tooShort: 'field.TEAM_NAME_TOO_SHORT', tooLong: 'field.TEAM_NAME_TOO_LONG' });
const decisionNo = safeText(60, { tooLong: 'field.DECISION_NO_TOO_LONG' });
/** Where and when villagers find the team (shown on the kiosk): plain words, optional. */
const meetingPlace = safeText(200, { tooLong: 'field.MEETING_PLACE_TOO_LONG' });
const meetingTime = safeText(120, { tooLong: 'field.MEETING_TIME_TOO_LONG' });
const id = (key: `field.${string}`) => z.string().uuid(key);

export const teamCreateSchema = z
  .object({
    villageId: id('field.VILLAGE_ID'),
    name: teamName,
    foundingDecisionNo: decisionNo.nullable().default(null),
    foundingDecisionOn: isoDateSchema.nullable().default(null),
    meetingPlace: meetingPlace.nullable().default(null),
    meetingTime: meetingTime.nullable().default(null),
  })
  .strict();
export type TeamCreate = z.infer<typeof teamCreateSchema>;

export const teamUpdateSchema = z
  .object({
    id: id('field.TEAM_ID'),
    villageId: id('field.VILLAGE_ID').optional(),
    name: teamName.optional(),
    foundingDecisionNo: decisionNo.nullable().optional(),
    foundingDecisionOn: isoDateSchema.nullable().optional(),
    status: teamStatusSchema.optional(),
    meetingPlace: meetingPlace.nullable().optional(),
    meetingTime: meetingTime.nullable().optional(),
  })
  .strict();
export type TeamUpdate = z.infer<typeof teamUpdateSchema>;

export const teamIdInputSchema = z.object({ id: id('field.TEAM_ID') }).strict();
