/**
 * Trainer coverage (tập huấn viên) — Decision 315/QĐ-TTg: at least 1 provincial trainer per 100 teams and 1 district
 * trainer per 80 teams; and 100% of trainers trained. Province-level indicators. ❓ With no district level since
 * 01/07/2025, how Gia Lai re-maps the 1/80 ratio (e.g. to commune-level trainers) is unknown: `teamsPerTrainer` is a
 * parameter.
 */
import { z } from 'zod';
import { parseInput } from '../budget/input.ts';
import { countSchema, evaluateRate, type IndicatorResult } from './indicator-result.ts';
import { decision315Targets } from './targets.ts';

export const trainerCoverageInputSchema = z
  .object({
    level: z.enum(['provincial', 'district']),
    teams: countSchema,
    trainers: countSchema,
    /** Override of the ratio (default 100 provincial, 80 district). */
    teamsPerTrainer: z.number().int().positive().optional(),
  })
  .strict();
export type TrainerCoverageInput = z.infer<typeof trainerCoverageInputSchema>;

export type TrainerCoverage = {
  targetId: string;
  teams: number;
  trainers: number;
  teamsPerTrainer: number;
  requiredTrainers: number;
  status: 'met' | 'not_met' | 'no_data';
  met: boolean;
};

/** Trainers needed for the teams (⌈teams ÷ ratio⌉) and whether there are enough — Decision 315/QĐ-TTg. */
export function computeTrainerCoverage(input: TrainerCoverageInput): TrainerCoverage {
  const i = parseInput(trainerCoverageInputSchema, input);
  const target =
    i.level === 'provincial'
      ? decision315Targets.provincial_trainer_coverage
      : decision315Targets.district_trainer_coverage;
  const teamsPerTrainer = i.teamsPerTrainer ?? target.teamsPerTrainer;
  const requiredTrainers = Math.ceil(i.teams / teamsPerTrainer);
  const met = i.teams > 0 && i.trainers >= requiredTrainers;
  return {
    targetId: target.id,
    teams: i.teams,
    trainers: i.trainers,
    teamsPerTrainer,
    requiredTrainers,
    status: i.teams === 0 ? 'no_data' : met ? 'met' : 'not_met',
    met,
  };
}

export const trainersTrainedCountsSchema = z.object({ trainers: countSchema, trainedTrainers: countSchema }).strict();
export type TrainersTrainedCounts = z.infer<typeof trainersTrainedCountsSchema>;

/** trainedTrainers ÷ trainers against 100% (trained and given materials) — Decision 315/QĐ-TTg. */
export function computeTrainersTrainedRate(counts: TrainersTrainedCounts): IndicatorResult {
  const c = parseInput(trainersTrainedCountsSchema, counts);
  return evaluateRate(decision315Targets.trainers_trained, c.trainedTrainers, c.trainers, {
    part: 'trainedTrainers',
    total: 'trainers',
  });
}
