/** Training as the console shows it: an event, its trainers and attendance, a mediator's record (explicit fields). */
import type { TrainingKind } from '@hgcs/domain';

export type TrainingEventView = {
  id: string;
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  kind: TrainingKind;
  organiserLevel: 'central' | 'province' | 'commune' | 'other';
  hoursPerDay: number;
  usesMaterialSet: boolean;
  workItemId: string | null;
};

export type TrainerView = { name: string; mediatorId: string | null; legalSupporterId: string | null };

/** An event row → its view. */
export function toEventView(row: TrainingEventView & Record<string, unknown>): TrainingEventView {
  const { id, title, startsOn, endsOn, place, kind, organiserLevel, hoursPerDay, usesMaterialSet, workItemId } = row;
  return { id, title, startsOn, endsOn, place, kind, organiserLevel, hoursPerDay, usesMaterialSet, workItemId };
}

/** A trainer row → the name shown (the registry's name for a person chosen from it). */
export function toTrainerView(row: {
  name: string | null;
  mediatorId: string | null;
  mediatorName: string | null;
  legalSupporterId: string | null;
  legalSupporterName: string | null;
}): TrainerView {
  return {
    name: row.name ?? row.mediatorName ?? row.legalSupporterName ?? '',
    mediatorId: row.mediatorId,
    legalSupporterId: row.legalSupporterId,
  };
}
