/**
 * The retention job's database side (issue 11 point 10; Law 91/2025 Art. 3, PDP-09): every closed case of every
 * commune whose retention period has passed (`isDueForPseudonymisation`: counted from the closing day, the Civil Code
 * way) is pseudonymised in one transaction per case — the parties' names, birth years, addresses and phones, the
 * dispute's summary and facts, the referring body's name, the session places, notes and invited persons, the
 * invitees, the follow-up notes and the written agreement are replaced — and marked `pseudonymised_on`. What the
 * statistics count stays: status, dates, kind, channel, team, mediators, number of parties and sessions. A case
 * whose court-recognition request is still unanswered is on legal hold. Running it again changes nothing more.
 * A closed case is one closed (out of scope, performed, not performed) or ended without agreement (unsuccessful,
 * stopped by a party) — its closing day is then the day it ended.
 */
import { isDueForPseudonymisation, retentionRulesSchema, type IsoDate, type RetentionRules } from '@hgcs/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { caseFollowUps, caseInvitees, caseParties, cases, caseSessions } from '../schema/case.ts';

/** What replaces a person's name or a narrative. */
export const pseudonymText = '[đã ẩn danh]';

const closingDay = sql<
  string | null
>`coalesce(${cases.closedOn}, case when ${cases.status} in ('unsuccessful', 'stopped_by_party') then ${cases.endedOn} end)`;

/** Pseudonymises every case due on `today`; returns how many it changed. */
export async function pseudonymiseDueCases(db: Db, today: IsoDate, rules: RetentionRules = {}) {
  const { closedCaseYears } = retentionRulesSchema.parse(rules);
  // Candidates closed at least the period (less a few days of slack) ago; the domain decides each one exactly.
  const latest = sql`(${today}::date - make_interval(years => ${closedCaseYears}::int))::date + 3`;
  const candidates = await db
    .select({
      communeId: cases.communeId,
      id: cases.id,
      closedOn: sql<string | null>`(${closingDay})::text`,
      courtRequestedOn: cases.courtRequestedOn,
      courtDecision: cases.courtDecision,
    })
    .from(cases)
    .where(and(isNull(cases.pseudonymisedOn), sql`${closingDay} is not null`, sql`${closingDay} <= ${latest}`));
  const due = candidates.filter((c) =>
    isDueForPseudonymisation(
      {
        closedOn: c.closedOn,
        legalHold: c.courtRequestedOn !== null && c.courtDecision === null,
        pseudonymised: false,
      },
      today,
      rules,
    ),
  );
  for (const c of due) {
    await db.transaction(async (tx) => {
      const of = (t: typeof caseParties | typeof caseInvitees | typeof caseSessions | typeof caseFollowUps) =>
        and(eq(t.communeId, c.communeId), eq(t.caseId, c.id));
      await tx
        .update(caseParties)
        .set({
          fullName: sql`'Bên ' || (${caseParties.position} + 1)`,
          birthYear: null,
          address: pseudonymText,
          phone: null,
        })
        .where(of(caseParties));
      await tx.update(caseInvitees).set({ fullName: pseudonymText }).where(of(caseInvitees));
      await tx
        .update(caseSessions)
        .set({ place: pseudonymText, summary: pseudonymText, invited: [] })
        .where(of(caseSessions));
      await tx.update(caseFollowUps).set({ note: null }).where(of(caseFollowUps));
      await tx
        .update(cases)
        .set({
          summary: pseudonymText,
          disputeFacts: null,
          referringBodyName: sql`case when ${cases.referringBodyName} is null then null else ${pseudonymText} end`,
          agreement: null,
          pseudonymisedOn: today,
        })
        .where(and(eq(cases.communeId, c.communeId), eq(cases.id, c.id), isNull(cases.pseudonymisedOn)));
    });
  }
  return { pseudonymised: due.length };
}
