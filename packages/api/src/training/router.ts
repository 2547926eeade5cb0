/**
 * Training (Law 35/2013 Art. 9.4; plan tasks 2.1, 3b): the events of a year with the mediators never trained this
 * phase, one event, recording and changing an event, its attendance, and a mediator's learning record.
 */
import {
  attendanceRecordSchema,
  trainingEventCreateSchema,
  trainingEventUpdateSchema,
  trainingYearSchema,
} from '@hgcs/domain';
import { z } from 'zod';
import { can } from '../procedures.ts';
import { createEvent } from './create-event.ts';
import { readEvent } from './get-event.ts';
import { listChoices } from './list-choices.ts';
import { listEvents } from './list-events.ts';
import { trainingEventsOfWorkItem } from '@hgcs/db';
import { mediatorRecord } from './mediator-record.ts';
import { recordAttendance } from './record-attendance.ts';
import { updateEvent } from './update-event.ts';

const idSchema = z.object({ id: z.string().uuid('field.EVENT_ID') }).strict();
const workItemSchema = z.object({ workItemId: z.string().uuid('field.WORK_ITEM_ID') }).strict();
const mediatorSchema = z.object({ mediatorId: z.string().uuid('field.MEDIATOR_CHOOSE') }).strict();

export const trainingRouter = {
  list: can('training.read')
    .input(trainingYearSchema)
    .query(({ ctx, input }) => listEvents(ctx.db, ctx.scope, input.year)),
  get: can('training.read')
    .input(idSchema)
    .query(({ ctx, input }) => readEvent(ctx.db, ctx.scope, input.id)),
  choices: can('training.read').query(({ ctx }) => listChoices(ctx.db, ctx.scope)),
  mediatorRecord: can('training.read')
    .input(mediatorSchema)
    .query(({ ctx, input }) => mediatorRecord(ctx.db, ctx.scope, input.mediatorId)),
  /** The events recorded as evidence for a plan's work item (its page lists them). */
  forWorkItem: can('training.read')
    .input(workItemSchema)
    .query(({ ctx, input }) => trainingEventsOfWorkItem(ctx.db, ctx.scope, input.workItemId)),
  create: can('training.manage')
    .input(trainingEventCreateSchema)
    .mutation(({ ctx, input }) => createEvent(ctx, input)),
  update: can('training.manage')
    .input(trainingEventUpdateSchema)
    .mutation(({ ctx, input }) => updateEvent(ctx, input)),
  recordAttendance: can('training.manage')
    .input(attendanceRecordSchema)
    .mutation(({ ctx, input }) => recordAttendance(ctx, input)),
};
