/**
 * The attendance of an event as the console records it: for each mediator present, each day and the hours learned
 * that day. The list sent is the whole attendance of the event (it replaces the one recorded), so sending it again
 * changes nothing.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';

export const attendanceRecordSchema = z
  .object({
    eventId: z.string().uuid('field.EVENT_ID'),
    attendees: z
      .array(
        z
          .object({
            mediatorId: z.string().uuid('field.MEDIATOR_CHOOSE'),
            attendedOn: isoDateSchema,
            hours: z
              .number({ message: 'field.HOURS_NUMBER' })
              .positive('field.HOURS_POSITIVE')
              .max(24, 'field.HOURS_DAY_MAX')
              .multipleOf(0.5, 'field.HOURS_HALF'),
          })
          .strict(),
      )
      .max(5000, 'field.NUMBER_TOO_BIG'),
  })
  .strict();
export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;
