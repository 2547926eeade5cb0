/**
 * What a person checking their request is told (issue 12, point 4): the stage in plain words, never names or details.
 * The case's eleven states (mediation/case-state.ts) fold into five stages a villager understands.
 */
import type { CaseStatus } from '../mediation/case-state.ts';

export const publicStages = ['received', 'being_mediated', 'paused', 'agreed', 'closed'] as const;
export type PublicStage = (typeof publicStages)[number];

const stageOf: Record<CaseStatus, PublicStage> = {
  received: 'received',
  assigned: 'being_mediated',
  in_progress: 'being_mediated',
  suspended: 'paused',
  successful: 'agreed',
  follow_up: 'agreed',
  performed: 'closed',
  not_performed: 'closed',
  unsuccessful: 'closed',
  stopped_by_party: 'closed',
  out_of_scope: 'closed',
};

/** @example publicStage('in_progress') // 'being_mediated' */
export function publicStage(status: CaseStatus): PublicStage {
  return stageOf[status];
}
