/**
 * Example: the end-of-year picture for a commune — the official annual statistical report built from plain records
 * (kpi/build-statistical-report.ts), the Decision 315/QĐ-TTg KPIs from it (kpi/evaluate-decision-315-kpis.ts), and the
 * mediation budget against Circular 56/2023/TT-BTC (budget/). Small made-up data: two villages, two teams.
 */
import { buildStatisticalReport, checkExpenseLines, computeExecutionRate, evaluateDecision315Kpis } from '@hgcs/domain';

export function communeYearEnd2027() {
  const report = buildStatisticalReport({
    communeCode: '24013',
    periodKind: 'annual_official',
    year: 2027,
    villages: [
      { id: 'bi-dong', name: 'Làng Bi Dông' },
      { id: 'bi-da', name: 'Làng Bi Da' },
    ],
    teams: [
      { id: 't-bi-dong', villageId: 'bi-dong' },
      { id: 't-bi-da', villageId: 'bi-da' },
    ],
    mediators: [
      {
        id: 'm1',
        teamId: 't-bi-dong',
        sex: 'female',
        ethnicity: 'Ba Na',
        qualification: 'no_degree',
        recognisedOn: '2025-01-10',
        trainedOn: ['2027-03-10'],
      },
      {
        id: 'm2',
        teamId: 't-bi-dong',
        sex: 'male',
        ethnicity: 'Ba Na',
        qualification: 'no_degree',
        recognisedOn: '2025-01-10',
        trainedOn: ['2027-03-10'],
      },
      {
        id: 'm3',
        teamId: 't-bi-dong',
        sex: 'male',
        ethnicity: 'Kinh',
        qualification: 'law_degree',
        recognisedOn: '2025-01-10',
      },
      {
        id: 'm4',
        teamId: 't-bi-da',
        sex: 'female',
        ethnicity: 'Gia Rai',
        qualification: 'other_degree',
        recognisedOn: '2025-01-10',
        trainedOn: ['2027-03-10'],
      },
      {
        id: 'm5',
        teamId: 't-bi-da',
        sex: 'male',
        ethnicity: 'Ba Na',
        qualification: 'no_degree',
        recognisedOn: '2025-01-10',
      },
    ],
    cases: [
      {
        id: 'c1',
        teamId: 't-bi-dong',
        receivedOn: '2027-02-20',
        scope: 'interpersonal_conflict',
        startedOn: '2027-02-21',
        endedOn: '2027-02-25',
        result: 'successful',
      },
      {
        id: 'c2',
        teamId: 't-bi-dong',
        receivedOn: '2027-04-02',
        scope: 'marriage_family',
        startedOn: '2027-04-03',
        endedOn: '2027-04-20',
        result: 'successful',
      },
      {
        id: 'c3',
        teamId: 't-bi-da',
        receivedOn: '2027-07-15',
        scope: 'civil',
        startedOn: '2027-07-16',
        endedOn: '2027-08-01',
        result: 'unsuccessful',
      },
      { id: 'c4', teamId: 't-bi-da', receivedOn: '2027-12-28', scope: 'civil' },
    ],
    remunerationPayments: [
      { paidOn: '2027-03-10', amountVnd: 400_000 },
      { paidOn: '2027-05-05', amountVnd: 400_000 },
      { paidOn: '2027-08-20', amountVnd: 300_000 },
    ],
  });
  const kpis = evaluateDecision315Kpis({
    teams: report.organisation.teams,
    consolidatedTeams: 1, // t-bi-da has 2 mediators: below the 3 of Law Art. 12.1 (see countConsolidatedTeams)
    supportedTeams: 1,
    mediators: report.organisation.mediators.total,
    mediatorsWithAccess: 5,
    mediatorsWithAccessAndUse: 3,
    cases: {
      received: report.activity.received.total,
      successful: report.activity.received.successful,
      unsuccessful: report.activity.received.unsuccessful,
    },
  });
  const budgetCheck = checkExpenseLines([
    {
      id: 'remuneration',
      category: 'grassroots_mediation',
      source: 'state_budget',
      norm: 'mediator_remuneration_successful',
      unitAmountVnd: 400_000,
      quantity: 2,
    },
    {
      id: 'team-support',
      category: 'grassroots_mediation',
      source: 'state_budget',
      norm: 'team_operations_support',
      unitAmountVnd: 200_000,
      quantity: 24,
    },
  ]);
  const execution = computeExecutionRate({
    allocations: [
      { category: 'grassroots_mediation', source: 'state_budget', amountVnd: 6_000_000 },
      { category: 'training', source: 'integrated_programmes', amountVnd: 4_000_000 },
    ],
    expenditures: [
      { category: 'grassroots_mediation', source: 'state_budget', amountVnd: 4_700_000 },
      { category: 'training', source: 'integrated_programmes', amountVnd: 4_000_000 },
    ],
  });
  return { report, kpis, budgetCheck, execution };
}

// `node examples/dist/commune-kpis.js` prints the report, the KPIs and the budget check as JSON.
if (import.meta.main) console.log(JSON.stringify(communeYearEnd2027(), null, 2));
