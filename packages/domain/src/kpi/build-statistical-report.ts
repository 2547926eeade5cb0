/**
 * Builds the statistical report of a period from plain records (R-STAT-1, R-STAT-2): the period comes from calendar's
 * reportingPeriod (Circular 03/2019/TT-BTP Art. 6.1); organisation counts are taken on the last day of actual data;
 * cases are those received from the period's first day to that day, each with its result as of that day.
 */
import { DomainError } from '../errors/domain-error.ts';
import { reportingPeriod } from '../calendar/reporting-period.ts';
import type { ScopeCategory } from '../mediation/scope-categories.ts';
import { parseInput } from '../budget/input.ts';
import { statisticalReportInputSchema, type StatisticalReportInput } from './statistical-report-input.ts';
import type { ReportScope, ResultCounts, StatisticalReport } from './statistical-report.ts';

const reportScopeOf = (c: ScopeCategory): ReportScope =>
  c === 'civil' ? 'civil' : c === 'marriage_family' ? 'marriage_family' : 'other';
const emptyCounts = (): ResultCounts => ({ total: 0, successful: 0, unsuccessful: 0, inProgress: 0, notHandled: 0 });

function assertUnique(kind: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new DomainError('KPI.DUPLICATE_ID', { kind, id });
    seen.add(id);
  }
}

function assertKnown(kind: string, id: string, known: Set<string>): void {
  if (!known.has(id)) throw new DomainError('KPI.UNKNOWN_REFERENCE', { kind, id });
}

/** The report of one period from plain records — Circular 03/2019/TT-BTP Art. 6.1; Law 35/2013 Art. 28.2.d (forms). */
export function buildStatisticalReport(input: StatisticalReportInput): StatisticalReport {
  const i = parseInput(statisticalReportInputSchema, input);
  const p = reportingPeriod(i.periodKind, i.year, i.reportingRules);
  const cutoff = p.actualTo;
  const inPeriod = (d: string) => d >= p.from && d <= cutoff;
  assertUnique(
    'village',
    i.villages.map((v) => v.id),
  );
  assertUnique(
    'team',
    i.teams.map((t) => t.id),
  );
  assertUnique(
    'mediator',
    i.mediators.map((m) => m.id),
  );
  assertUnique(
    'case',
    i.cases.map((c) => c.id),
  );
  const villageIds = new Set(i.villages.map((v) => v.id));
  const teamIds = new Set(i.teams.map((t) => t.id));
  for (const t of i.teams) assertKnown('village', t.villageId, villageIds);

  const teams = i.teams.filter(
    (t) =>
      (t.establishedOn === null || t.establishedOn <= cutoff) && (t.dissolvedOn === null || t.dissolvedOn > cutoff),
  );
  const mediators = i.mediators.filter((m) => {
    assertKnown('team', m.teamId, teamIds);
    return m.recognisedOn <= cutoff && (m.terminatedOn === null || m.terminatedOn > cutoff);
  });
  const byEthnicGroup: Record<string, number> = {};
  for (const m of mediators) {
    const group = m.ethnicity.normalize('NFC');
    byEthnicGroup[group] = (byEthnicGroup[group] ?? 0) + 1;
  }
  const kinh = mediators.filter((m) => m.ethnicity.normalize('NFC').toLowerCase() === 'kinh').length;
  const count = (f: (m: (typeof mediators)[number]) => boolean) => mediators.filter(f).length;

  const received = emptyCounts();
  const byScope = { civil: emptyCounts(), marriage_family: emptyCounts(), other: emptyCounts() };
  let outOfScopeReferred = 0;
  for (const c of i.cases) {
    assertKnown('team', c.teamId, teamIds);
    const bad = (detail: string) => new DomainError('KPI.INCONSISTENT_CASE', { id: c.id, detail });
    if ((c.endedOn === null) !== (c.result === null))
      throw bad('kết quả và ngày kết thúc phải cùng có hoặc cùng không');
    if (c.startedOn !== null && c.startedOn < c.receivedOn) throw bad('ngày bắt đầu hòa giải trước ngày tiếp nhận');
    if (c.endedOn !== null && c.endedOn < (c.startedOn ?? c.receivedOn)) throw bad('ngày kết thúc trước ngày bắt đầu');
    if (!c.outOfScope && c.scope === null) throw bad('thiếu phạm vi hòa giải');
    if (!inPeriod(c.receivedOn)) continue;
    if (c.outOfScope || c.scope === null) {
      outOfScopeReferred += 1;
      continue;
    }
    const ended = c.endedOn !== null && c.result !== null && c.endedOn <= cutoff ? c.result : null;
    const key = ended ?? (c.startedOn !== null && c.startedOn <= cutoff ? 'inProgress' : 'notHandled');
    for (const row of [received, byScope[reportScopeOf(c.scope)]]) {
      row.total += 1;
      row[key] += 1;
    }
  }
  const concluded = received.successful + received.unsuccessful;
  return {
    communeCode: i.communeCode,
    period: { kind: p.kind, year: p.year, from: p.from, to: p.to, actualTo: cutoff, estimateFrom: p.estimateFrom },
    organisation: {
      villages: i.villages.length,
      teams: teams.length,
      mediators: {
        total: mediators.length,
        male: count((m) => m.sex === 'male'),
        female: count((m) => m.sex === 'female'),
        kinh,
        ethnicMinority: mediators.length - kinh,
        byEthnicGroup,
        lawDegree: count((m) => m.qualification === 'law_degree'),
        otherDegree: count((m) => m.qualification === 'other_degree'),
        noDegree: count((m) => m.qualification === 'no_degree'),
        trainedInPeriod: count((m) => m.trainedOn.some(inPeriod)),
        everTrained: count((m) => m.trainedOn.some((d) => d <= cutoff)),
      },
    },
    activity: {
      received,
      byScope,
      outOfScopeReferred,
      successRate: {
        ofReceived: received.total === 0 ? null : received.successful / received.total,
        ofConcluded: concluded === 0 ? null : received.successful / concluded,
      },
    },
    remunerationPaidVnd: i.remunerationPayments.filter((x) => inPeriod(x.paidOn)).reduce((t, x) => t + x.amountVnd, 0),
  };
}
