/**
 * Training events, their trainers and attendance, and the yearly capacity assessments (schema/training.ts); the
 * commune's active mediators (an open membership of an active team) whom attendance and assessments are about.
 */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { villages } from '../schema/commune.ts';
import { legalSupporters } from '../schema/legal-support.ts';
import { mediators } from '../schema/mediator.ts';
import { teamMemberships, teams } from '../schema/team.ts';
import { capacityAssessments, trainingAttendance, trainingEvents, trainingTrainers } from '../schema/training.ts';

/** The commune's active mediators (open membership of an active team), by name; one row per person. */
export async function activeMediators(db: DbOrTx, scope: CommuneLevelScope, ids?: readonly string[]) {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .selectDistinctOn([mediators.fullName, mediators.id], {
      id: mediators.id,
      fullName: mediators.fullName,
      teamId: teams.id,
      teamName: teams.name,
      villageId: villages.id,
      villageName: villages.name,
    })
    .from(mediators)
    .innerJoin(
      teamMemberships,
      and(eq(teamMemberships.communeId, mediators.communeId), eq(teamMemberships.mediatorId, mediators.id)),
    )
    .innerJoin(teams, and(eq(teams.communeId, teamMemberships.communeId), eq(teams.id, teamMemberships.teamId)))
    .innerJoin(villages, and(eq(villages.communeId, teams.communeId), eq(villages.id, teams.villageId)))
    .where(
      and(
        scopeWhere(scope, { communeId: mediators.communeId }),
        isNull(teamMemberships.leftOn),
        eq(teams.status, 'active'),
        ids ? inArray(mediators.id, [...ids]) : undefined,
      ),
    )
    .orderBy(asc(mediators.fullName), asc(mediators.id), asc(teams.name));
  return rows;
}

const eventColumns = {
  id: trainingEvents.id,
  title: trainingEvents.title,
  startsOn: trainingEvents.startsOn,
  endsOn: trainingEvents.endsOn,
  place: trainingEvents.place,
  kind: trainingEvents.kind,
  organiserLevel: trainingEvents.organiserLevel,
  hoursPerDay: trainingEvents.hoursPerDay,
  usesMaterialSet: trainingEvents.usesMaterialSet,
  workItemId: trainingEvents.workItemId,
  updatedAt: trainingEvents.updatedAt,
};

/** The events that start in `year`, newest first, with how many mediators attended each. */
export function trainingEventsOfYear(db: DbOrTx, scope: CommuneLevelScope, year: number) {
  const attendees = db
    .select({
      eventId: trainingAttendance.eventId,
      people: sql<number>`count(distinct ${trainingAttendance.mediatorId})::int`.as('people'),
    })
    .from(trainingAttendance)
    .where(scopeWhere(scope, { communeId: trainingAttendance.communeId }))
    .groupBy(trainingAttendance.eventId)
    .as('attendees');
  return db
    .select({ ...eventColumns, attendees: sql<number>`coalesce(${attendees.people}, 0)` })
    .from(trainingEvents)
    .leftJoin(attendees, eq(attendees.eventId, trainingEvents.id))
    .where(
      and(
        scopeWhere(scope, { communeId: trainingEvents.communeId }),
        gte(trainingEvents.startsOn, `${year}-01-01`),
        lte(trainingEvents.startsOn, `${year}-12-31`),
      ),
    )
    .orderBy(desc(trainingEvents.startsOn), asc(trainingEvents.title));
}

/** One event of the commune (locked for the transaction when `lock`), or undefined. */
export async function getTrainingEvent(db: DbOrTx, scope: CommuneLevelScope, id: string, lock = false) {
  const query = db
    .select(eventColumns)
    .from(trainingEvents)
    .where(and(scopeWhere(scope, { communeId: trainingEvents.communeId }), eq(trainingEvents.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The event a console submission created, by its key. */
export async function trainingEventByClientKey(db: DbOrTx, scope: CommuneLevelScope, clientKey: string) {
  const [row] = await db
    .select({ id: trainingEvents.id })
    .from(trainingEvents)
    .where(and(eq(trainingEvents.communeId, scope.communeId), eq(trainingEvents.clientKey, clientKey)));
  return row;
}

export type TrainingEventValues = {
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  kind: (typeof trainingEvents.$inferInsert)['kind'];
  organiserLevel: (typeof trainingEvents.$inferInsert)['organiserLevel'];
  hoursPerDay: number;
  usesMaterialSet: boolean;
  workItemId: string | null;
};

/** Inserts an event; undefined when its client key was already used (a retry). */
export async function insertTrainingEvent(
  db: DbOrTx,
  scope: CommuneLevelScope,
  values: TrainingEventValues & { clientKey: string; createdBy: string; at: Date },
) {
  const { at, ...rest } = values;
  const [row] = await db
    .insert(trainingEvents)
    .values({ ...rest, communeId: scope.communeId, createdAt: at, updatedAt: at })
    .onConflictDoNothing({ target: [trainingEvents.communeId, trainingEvents.clientKey] })
    .returning({ id: trainingEvents.id });
  return row;
}

/** Changes an event's values. */
export async function updateTrainingEvent(
  db: DbOrTx,
  scope: CommuneLevelScope,
  id: string,
  values: TrainingEventValues & { at: Date },
) {
  const { at, ...rest } = values;
  await db
    .update(trainingEvents)
    .set({ ...rest, updatedAt: at })
    .where(and(eq(trainingEvents.communeId, scope.communeId), eq(trainingEvents.id, id)));
}

export type TrainerValues = { name: string | null; mediatorId: string | null; legalSupporterId: string | null };

/** Replaces an event's trainers, in the order given. */
export async function replaceTrainers(
  db: DbOrTx,
  scope: CommuneLevelScope,
  eventId: string,
  trainers: readonly TrainerValues[],
) {
  await db
    .delete(trainingTrainers)
    .where(and(eq(trainingTrainers.communeId, scope.communeId), eq(trainingTrainers.eventId, eventId)));
  if (trainers.length > 0)
    await db
      .insert(trainingTrainers)
      .values(trainers.map((t, position) => ({ ...t, position, eventId, communeId: scope.communeId })));
}

/** An event's trainers with the registry's names of those chosen from it. */
export function trainersOf(db: DbOrTx, scope: CommuneLevelScope, eventId: string) {
  return db
    .select({
      name: trainingTrainers.name,
      mediatorId: trainingTrainers.mediatorId,
      mediatorName: mediators.fullName,
      legalSupporterId: trainingTrainers.legalSupporterId,
      legalSupporterName: legalSupporters.fullName,
    })
    .from(trainingTrainers)
    .leftJoin(
      mediators,
      and(eq(mediators.communeId, trainingTrainers.communeId), eq(mediators.id, trainingTrainers.mediatorId)),
    )
    .leftJoin(
      legalSupporters,
      and(
        eq(legalSupporters.communeId, trainingTrainers.communeId),
        eq(legalSupporters.id, trainingTrainers.legalSupporterId),
      ),
    )
    .where(and(scopeWhere(scope, { communeId: trainingTrainers.communeId }), eq(trainingTrainers.eventId, eventId)))
    .orderBy(asc(trainingTrainers.position));
}

/** Ids among `ids` that are the commune's mediators / legal supporters. */
export async function knownTrainers(
  db: DbOrTx,
  scope: CommuneLevelScope,
  { mediatorIds, supporterIds }: { mediatorIds: string[]; supporterIds: string[] },
) {
  const [m, s] = await Promise.all([
    mediatorIds.length
      ? db
          .select({ id: mediators.id })
          .from(mediators)
          .where(and(eq(mediators.communeId, scope.communeId), inArray(mediators.id, mediatorIds)))
      : [],
    supporterIds.length
      ? db
          .select({ id: legalSupporters.id })
          .from(legalSupporters)
          .where(and(eq(legalSupporters.communeId, scope.communeId), inArray(legalSupporters.id, supporterIds)))
      : [],
  ]);
  return { mediatorIds: new Set(m.map((r) => r.id)), supporterIds: new Set(s.map((r) => r.id)) };
}

/** The commune's legal supporters (to choose a trainer), by name. */
export function legalSupporterChoices(db: DbOrTx, scope: CommuneLevelScope) {
  return db
    .select({ id: legalSupporters.id, fullName: legalSupporters.fullName })
    .from(legalSupporters)
    .where(scopeWhere(scope, { communeId: legalSupporters.communeId }))
    .orderBy(asc(legalSupporters.fullName), asc(legalSupporters.id));
}

export type AttendanceValues = { mediatorId: string; attendedOn: string; hours: number };

/** Replaces an event's attendance with `lines`; returns how many lines it had before. */
export async function replaceAttendance(
  db: DbOrTx,
  scope: CommuneLevelScope,
  eventId: string,
  lines: readonly AttendanceValues[],
): Promise<number> {
  const removed = await db
    .delete(trainingAttendance)
    .where(and(eq(trainingAttendance.communeId, scope.communeId), eq(trainingAttendance.eventId, eventId)))
    .returning({ id: trainingAttendance.id });
  if (lines.length > 0)
    await db.insert(trainingAttendance).values(lines.map((l) => ({ ...l, eventId, communeId: scope.communeId })));
  return removed.length;
}

/** An event's attendance lines with each mediator's name, by name then day. */
export function attendanceOfEvent(db: DbOrTx, scope: CommuneLevelScope, eventId: string) {
  return db
    .select({
      mediatorId: trainingAttendance.mediatorId,
      fullName: mediators.fullName,
      attendedOn: trainingAttendance.attendedOn,
      hours: trainingAttendance.hours,
    })
    .from(trainingAttendance)
    .innerJoin(
      mediators,
      and(eq(mediators.communeId, trainingAttendance.communeId), eq(mediators.id, trainingAttendance.mediatorId)),
    )
    .where(and(scopeWhere(scope, { communeId: trainingAttendance.communeId }), eq(trainingAttendance.eventId, eventId)))
    .orderBy(asc(mediators.fullName), asc(trainingAttendance.mediatorId), asc(trainingAttendance.attendedOn));
}

/** How many attendance lines of an event fall outside [from, to]. */
export async function attendanceOutside(
  db: DbOrTx,
  scope: CommuneLevelScope,
  eventId: string,
  { from, to, maxHours }: { from: string; to: string; maxHours: number },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(trainingAttendance)
    .where(
      and(
        eq(trainingAttendance.communeId, scope.communeId),
        eq(trainingAttendance.eventId, eventId),
        sql`(${trainingAttendance.attendedOn} < ${from} or ${trainingAttendance.attendedOn} > ${to} or ${trainingAttendance.hours} > ${maxHours})`,
      ),
    );
  return row?.n ?? 0;
}

/** Attendance lines held in [from, to] (of one mediator when given), with their event's kind and day length. */
export function attendanceWithEvents(
  db: DbOrTx,
  scope: CommuneLevelScope,
  { from, to, mediatorId }: { from: string; to: string; mediatorId?: string },
) {
  return db
    .select({
      eventId: trainingAttendance.eventId,
      mediatorId: trainingAttendance.mediatorId,
      attendedOn: trainingAttendance.attendedOn,
      hours: trainingAttendance.hours,
      title: trainingEvents.title,
      startsOn: trainingEvents.startsOn,
      endsOn: trainingEvents.endsOn,
      kind: trainingEvents.kind,
      organiserLevel: trainingEvents.organiserLevel,
      hoursPerDay: trainingEvents.hoursPerDay,
      usesMaterialSet: trainingEvents.usesMaterialSet,
    })
    .from(trainingAttendance)
    .innerJoin(
      trainingEvents,
      and(
        eq(trainingEvents.communeId, trainingAttendance.communeId),
        eq(trainingEvents.id, trainingAttendance.eventId),
      ),
    )
    .where(
      and(
        scopeWhere(scope, { communeId: trainingAttendance.communeId }),
        gte(trainingAttendance.attendedOn, from),
        lte(trainingAttendance.attendedOn, to),
        mediatorId ? eq(trainingAttendance.mediatorId, mediatorId) : undefined,
      ),
    )
    .orderBy(desc(trainingEvents.startsOn), asc(trainingAttendance.attendedOn));
}

export type AssessmentValues = {
  mediatorId: string;
  year: number;
  assessedOn: string;
  fromPaper: boolean;
  scores: Record<string, number>;
  average: number;
  level: (typeof capacityAssessments.$inferInsert)['level'];
  weakCompetencies: string[];
  enteredBy: string;
  enteredAt: Date;
};

/** The mediator's assessment of that year, or undefined (locked for the transaction). */
export async function assessmentOfYear(db: DbOrTx, scope: CommuneLevelScope, mediatorId: string, year: number) {
  const [row] = await db
    .select({
      id: capacityAssessments.id,
      assessedOn: capacityAssessments.assessedOn,
      fromPaper: capacityAssessments.fromPaper,
      scores: capacityAssessments.scores,
      level: capacityAssessments.level,
    })
    .from(capacityAssessments)
    .where(
      and(
        eq(capacityAssessments.communeId, scope.communeId),
        eq(capacityAssessments.mediatorId, mediatorId),
        eq(capacityAssessments.year, year),
      ),
    )
    .for('update');
  return row;
}

/** Writes the mediator's assessment of the year, replacing the one there; returns its id. */
export async function upsertAssessment(db: DbOrTx, scope: CommuneLevelScope, values: AssessmentValues) {
  const [row] = await db
    .insert(capacityAssessments)
    .values({ ...values, communeId: scope.communeId })
    .onConflictDoUpdate({
      target: [capacityAssessments.communeId, capacityAssessments.mediatorId, capacityAssessments.year],
      set: {
        assessedOn: values.assessedOn,
        fromPaper: values.fromPaper,
        scores: values.scores,
        average: values.average,
        level: values.level,
        weakCompetencies: values.weakCompetencies,
        enteredBy: values.enteredBy,
        enteredAt: values.enteredAt,
      },
    })
    .returning({ id: capacityAssessments.id });
  return row!.id;
}

/** The assessments of a year with each mediator's name, by name. */
export function assessmentsOfYear(db: DbOrTx, scope: CommuneLevelScope, year: number) {
  return db
    .select({
      mediatorId: capacityAssessments.mediatorId,
      fullName: mediators.fullName,
      assessedOn: capacityAssessments.assessedOn,
      fromPaper: capacityAssessments.fromPaper,
      scores: capacityAssessments.scores,
      average: capacityAssessments.average,
      level: capacityAssessments.level,
      weakCompetencies: capacityAssessments.weakCompetencies,
    })
    .from(capacityAssessments)
    .innerJoin(
      mediators,
      and(eq(mediators.communeId, capacityAssessments.communeId), eq(mediators.id, capacityAssessments.mediatorId)),
    )
    .where(and(scopeWhere(scope, { communeId: capacityAssessments.communeId }), eq(capacityAssessments.year, year)))
    .orderBy(asc(mediators.fullName), asc(mediators.id));
}

/** The events that are evidence for one work item, newest first. */
export function trainingEventsOfWorkItem(db: DbOrTx, scope: CommuneLevelScope, workItemId: string) {
  return db
    .select({
      id: trainingEvents.id,
      title: trainingEvents.title,
      startsOn: trainingEvents.startsOn,
      endsOn: trainingEvents.endsOn,
    })
    .from(trainingEvents)
    .where(and(scopeWhere(scope, { communeId: trainingEvents.communeId }), eq(trainingEvents.workItemId, workItemId)))
    .orderBy(desc(trainingEvents.startsOn));
}
