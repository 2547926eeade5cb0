/**
 * What the console sends for a training event (tập huấn, bồi dưỡng — Law 35/2013 Art. 9.4; plan tasks 2.1 and 3b):
 * topic, the days it runs, place, trainers (a name typed, or a registered mediator or legal supporter chosen), the
 * kind, the hours a day allows, and optionally the plan's training work item it is evidence for.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';
import { trainingKindSchema } from './training.ts';

/** The plan's tasks whose work items a training event is evidence for (Pờ Tó plan 2.1 and 3b: train mediators). */
export const trainingTaskCodes: readonly string[] = ['2.1', '3b'];

/** Decision 315/QĐ-TTg's phase, 2024–2030: "never trained this phase" counts attendance inside it. */
export const trainingPhase = { from: '2024-01-01', to: '2030-12-31' } as const;

/** ❓ No text fixes a learning day: the longest day an event may declare (hours), the default a day allows is 8. */
export const maxHoursPerDay = 10;
/** The longest event the console records, in days (a course longer than a month is recorded in parts). */
export const maxEventDays = 31;

const uuid = (key: `field.${string}`) => z.string().uuid(key);

/** A trainer: exactly one of a typed name, a registered mediator, a registered legal supporter. */
export const trainerInputSchema = z
  .object({
    name: safeText(120, { min: 2, tooShort: 'field.TRAINER_NAME', tooLong: 'field.TOO_LONG' }).nullable().default(null),
    mediatorId: uuid('field.MEDIATOR_CHOOSE').nullable().default(null),
    legalSupporterId: uuid('field.SUPPORTER_CHOOSE').nullable().default(null),
  })
  .strict()
  .refine((t) => [t.name, t.mediatorId, t.legalSupporterId].filter((v) => v !== null).length === 1, {
    message: 'field.TRAINER_ONE',
  });
export type TrainerInput = z.infer<typeof trainerInputSchema>;

const eventFields = {
  title: safeText(300, { min: 3, tooShort: 'field.TRAINING_TITLE', tooLong: 'field.TOO_LONG' }),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  place: safeText(200, { min: 2, tooShort: 'field.TRAINING_PLACE', tooLong: 'field.TOO_LONG' }),
  kind: trainingKindSchema,
  organiserLevel: z.enum(['central', 'province', 'commune', 'other']).default('commune'),
  hoursPerDay: z
    .number({ message: 'field.HOURS_NUMBER' })
    .positive('field.HOURS_POSITIVE')
    .max(maxHoursPerDay, 'field.HOURS_PER_DAY_MAX')
    .multipleOf(0.5, 'field.HOURS_HALF'),
  usesMaterialSet: z.boolean().default(false),
  trainers: z.array(trainerInputSchema).max(20, 'field.NUMBER_TOO_BIG').default([]),
  workItemId: uuid('field.WORK_ITEM_ID').nullable().default(null),
};

type Dated = { startsOn: string; endsOn: string };
const refineSpan = <T extends Dated>(e: T, ctx: z.RefinementCtx) => {
  if (e.endsOn < e.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'field.DATES_ORDER' });
  else if (Date.parse(e.endsOn) - Date.parse(e.startsOn) >= maxEventDays * 86_400_000)
    ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'field.EVENT_TOO_LONG', params: { max: maxEventDays } });
};

/** A new event; `clientKey` makes a retried submission return the first event instead of a second one. */
export const trainingEventCreateSchema = z
  .object({ ...eventFields, clientKey: uuid('field.CLIENT_KEY') })
  .strict()
  .superRefine(refineSpan);
export type TrainingEventCreate = z.infer<typeof trainingEventCreateSchema>;

/** An event's new values (all of them). */
export const trainingEventUpdateSchema = z
  .object({ id: uuid('field.EVENT_ID'), ...eventFields })
  .strict()
  .superRefine(refineSpan);
export type TrainingEventUpdate = z.infer<typeof trainingEventUpdateSchema>;

/** The events of a year (by their first day). */
export const trainingYearSchema = z
  .object({ year: z.number().int('field.INTEGER').min(2014, 'field.YEAR').max(2100, 'field.YEAR') })
  .strict();
