/**
 * Scoring a good-mediator contest (issue 13, point 4): a judge's sheet is checked against the contest's rubric (one
 * score per criterion, none above its maximum; a judge and a round of the contest), a performance over the time
 * limit loses `penaltyPerMinute` points per started minute over it, and the results rank the entries by their total:
 * per round, the judges' average total less the round's penalty, summed over the rounds. Equal totals share a rank
 * (1, 1, 3); an entry nobody scored has no total and no rank.
 */
import { DomainError } from '../errors/domain-error.ts';
import type { RubricCriterion } from './contest-input.ts';

export type ScoringRules = {
  rubric: readonly RubricCriterion[];
  rounds: readonly string[];
  judges: readonly string[];
  timeLimitMinutes: number;
  penaltyPerMinute: number;
};

/** Throws the first thing wrong with a judge's sheet: unknown judge or round, a score missing, or above its maximum. */
export function checkScoreSheet(
  rules: ScoringRules,
  sheet: { round: number; judge: string; scores: readonly number[] },
) {
  if (!rules.judges.includes(sheet.judge))
    throw new DomainError('CONTEST.UNKNOWN_JUDGE', { field: 'judge', judge: sheet.judge });
  if (sheet.round >= rules.rounds.length) throw new DomainError('CONTEST.UNKNOWN_ROUND', { field: 'round' });
  if (sheet.scores.length !== rules.rubric.length)
    throw new DomainError('CONTEST.SCORE_COUNT', {
      field: 'scores',
      required: rules.rubric.length,
      count: sheet.scores.length,
    });
  sheet.scores.forEach((score, i) => {
    const criterion = rules.rubric[i]!;
    if (score > criterion.maxScore)
      throw new DomainError('CONTEST.SCORE_ABOVE_MAX', {
        field: `scores.${i}`,
        criterion: criterion.label,
        score,
        max: criterion.maxScore,
      });
  });
}

/** Points lost for a performance of `seconds`: `penaltyPerMinute` per started minute over the limit. */
export function timePenalty(seconds: number, rules: Pick<ScoringRules, 'timeLimitMinutes' | 'penaltyPerMinute'>) {
  const over = seconds - rules.timeLimitMinutes * 60;
  return over <= 0 ? 0 : Math.ceil(over / 60) * rules.penaltyPerMinute;
}

export type ContestResult = {
  entryId: string;
  /** Per round: the judges' average total (null when no judge scored it) and the time penalty. */
  rounds: { average: number | null; penalty: number }[];
  total: number | null;
  rank: number | null;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The ranked results of a contest's entries from the judges' sheets and the performances' times. */
export function rankContest(
  rules: ScoringRules,
  entryIds: readonly string[],
  sheets: readonly { entryId: string; round: number; scores: readonly number[] }[],
  timings: readonly { entryId: string; round: number; seconds: number }[],
): ContestResult[] {
  const results = entryIds.map((entryId): ContestResult => {
    const rounds = rules.rounds.map((_, round) => {
      const totals = sheets
        .filter((s) => s.entryId === entryId && s.round === round)
        .map((s) => s.scores.reduce((a, b) => a + b, 0));
      const time = timings.find((t) => t.entryId === entryId && t.round === round);
      return {
        average: totals.length ? round2(totals.reduce((a, b) => a + b, 0) / totals.length) : null,
        penalty: time ? timePenalty(time.seconds, rules) : 0,
      };
    });
    const scored = rounds.filter((r) => r.average !== null);
    const total = scored.length ? round2(scored.reduce((t, r) => t + r.average! - r.penalty, 0)) : null;
    return { entryId, rounds, total, rank: null };
  });
  const ranked = results.filter((r) => r.total !== null).sort((a, b) => b.total! - a.total!);
  ranked.forEach((r, i) => {
    r.rank = i > 0 && ranked[i - 1]!.total === r.total ? ranked[i - 1]!.rank : i + 1;
  });
  return [...ranked, ...results.filter((r) => r.total === null)];
}
