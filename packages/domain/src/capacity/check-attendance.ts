/**
 * The attendance of a training event is possible (Law 35/2013 Art. 9.4; issue 13 point 10): each day learned falls
 * within the event's days, no more hours than the event's day allows, one line per mediator and day. The first
 * broken rule is thrown, naming the line's field (`attendees.<i>.attendedOn` / `.hours`) and the person.
 */
import { DomainError } from '../errors/domain-error.ts';

export type AttendanceEvent = { startsOn: string; endsOn: string; hoursPerDay: number };
export type AttendanceLine = { mediatorId: string; attendedOn: string; hours: number };

/** Throws the first line that breaks a rule; `nameOf` gives the person's name for the message. */
export function checkAttendance(
  event: AttendanceEvent,
  lines: readonly AttendanceLine[],
  nameOf: (mediatorId: string) => string,
): void {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const name = nameOf(line.mediatorId);
    if (line.attendedOn < event.startsOn || line.attendedOn > event.endsOn)
      throw new DomainError('CAPACITY.DATE_OUTSIDE_EVENT', {
        field: `attendees.${i}.attendedOn`,
        name,
        date: line.attendedOn,
        from: event.startsOn,
        to: event.endsOn,
      });
    if (line.hours > event.hoursPerDay)
      throw new DomainError('CAPACITY.HOURS_EXCEED_DAY', {
        field: `attendees.${i}.hours`,
        name,
        hours: line.hours,
        max: event.hoursPerDay,
      });
    const key = `${line.mediatorId}\u0000${line.attendedOn}`;
    if (seen.has(key))
      throw new DomainError('CAPACITY.ATTENDED_TWICE', {
        field: `attendees.${i}.attendedOn`,
        name,
        date: line.attendedOn,
      });
    seen.add(key);
  });
}
