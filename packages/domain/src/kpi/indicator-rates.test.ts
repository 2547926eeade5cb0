import { describe, expect, it } from 'vitest';
import { computeLegalSupportRate } from './compute-legal-support-rate.ts';
import { computeMaterialAccessRate } from './compute-material-access-rate.ts';
import { computeTeamConsolidationRate } from './compute-team-consolidation-rate.ts';
import { computeTrainerCoverage, computeTrainersTrainedRate } from './compute-trainer-coverage.ts';
import { decision315Targets } from './targets.ts';

describe('Decision 315 targets as data', () => {
  it('carries every coded target with its source and threshold', () => {
    expect(Object.keys(decision315Targets)).toEqual([
      'teams_consolidated',
      'teams_with_legal_support',
      'mediators_with_material_access',
      'success_rate',
      'success_rate_pilot',
      'trainers_trained',
      'district_trainer_coverage',
      'provincial_trainer_coverage',
    ]);
    for (const t of Object.values(decision315Targets)) expect(t.source).toContain('315/QĐ-TTg');
    expect(decision315Targets.success_rate).toMatchObject({ comparator: 'gte', thresholdPercent: 85, dueYear: 2030 });
    expect(decision315Targets.success_rate_pilot).toMatchObject({ comparator: 'gt', thresholdPercent: 90 });
  });
});

describe('team consolidation (100%)', () => {
  it('is met only when every team is consolidated', () => {
    expect(computeTeamConsolidationRate({ teams: 12, consolidatedTeams: 12 })).toMatchObject({
      rate: 1,
      percent: 100,
      status: 'met',
      met: true,
    });
    expect(computeTeamConsolidationRate({ teams: 12, consolidatedTeams: 11 })).toMatchObject({
      percent: 91.67,
      status: 'not_met',
      met: false,
    });
  });
  it('reports no data (never divides) with zero teams', () => {
    expect(computeTeamConsolidationRate({ teams: 0, consolidatedTeams: 0 })).toMatchObject({
      rate: null,
      percent: null,
      status: 'no_data',
      met: false,
    });
  });
  it('refuses more consolidated teams than teams, and negative or fractional counts', () => {
    expect(() => computeTeamConsolidationRate({ teams: 3, consolidatedTeams: 4 })).toThrow(
      expect.objectContaining({ code: 'KPI.PART_EXCEEDS_TOTAL' }),
    );
    expect(() => computeTeamConsolidationRate({ teams: -1, consolidatedTeams: 0 })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
    expect(() => computeTeamConsolidationRate({ teams: 2.5, consolidatedTeams: 0 })).toThrow(
      expect.objectContaining({ code: 'INPUT.INVALID' }),
    );
  });
});

describe('legal-expert support (≥ 10%)', () => {
  it('meets the target at exactly 10% and misses it just below', () => {
    expect(computeLegalSupportRate({ teams: 10, supportedTeams: 1 }).met).toBe(true);
    expect(computeLegalSupportRate({ teams: 30, supportedTeams: 3 }).met).toBe(true);
    expect(computeLegalSupportRate({ teams: 11, supportedTeams: 1 }).met).toBe(false);
  });
});

describe('material-set access (100%)', () => {
  it('needs every mediator', () => {
    expect(computeMaterialAccessRate({ mediators: 40, mediatorsWithAccess: 40 }).met).toBe(true);
    expect(computeMaterialAccessRate({ mediators: 40, mediatorsWithAccess: 39 }).met).toBe(false);
  });
});

describe('trainers (1 per 100 / 1 per 80 teams; 100% trained)', () => {
  it('needs ⌈teams ÷ ratio⌉ trainers: 80 teams need 1 district trainer, 81 need 2', () => {
    expect(computeTrainerCoverage({ level: 'district', teams: 80, trainers: 1 })).toMatchObject({
      requiredTrainers: 1,
      met: true,
    });
    expect(computeTrainerCoverage({ level: 'district', teams: 81, trainers: 1 })).toMatchObject({
      requiredTrainers: 2,
      met: false,
      status: 'not_met',
    });
    expect(computeTrainerCoverage({ level: 'provincial', teams: 100, trainers: 1 })).toMatchObject({
      teamsPerTrainer: 100,
      met: true,
    });
  });
  it('takes a re-mapped ratio and reports no data for zero teams', () => {
    expect(computeTrainerCoverage({ level: 'district', teams: 12, trainers: 1, teamsPerTrainer: 10 })).toMatchObject({
      requiredTrainers: 2,
      met: false,
    });
    expect(computeTrainerCoverage({ level: 'district', teams: 0, trainers: 0 })).toMatchObject({
      requiredTrainers: 0,
      status: 'no_data',
      met: false,
    });
  });
  it('checks that every trainer is trained', () => {
    expect(computeTrainersTrainedRate({ trainers: 3, trainedTrainers: 3 }).met).toBe(true);
    expect(computeTrainersTrainedRate({ trainers: 0, trainedTrainers: 0 }).status).toBe('no_data');
  });
});
