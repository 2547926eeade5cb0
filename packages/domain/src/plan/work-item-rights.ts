/**
 * Who may do what to a work item (the plan's "Tổ chức thực hiện", section IV, and [SEED] lead/partner lines):
 * the lead agency updates its items; lead and coordinating agencies comment and attach evidence; nobody changes
 * an item of a year the chairman has signed off, until the year is reopened.
 */
import { scopeOf } from '../org/permissions.ts';
import type { Role } from '../org/roles.ts';

export type WorkItemActor = { role: Role; agencyCode: string | null };
export type WorkItemTask = { leadAgency: string; coordinatingAgencies: readonly string[] };
export type WorkItemRights = { update: boolean; comment: boolean; attach: boolean; locked: boolean };

/** The rights of `actor` on an item of `task`, given whether its year is signed off (`locked`). */
export function workItemRights(actor: WorkItemActor, task: WorkItemTask, locked: boolean): WorkItemRights {
  const isLead = actor.agencyCode !== null && actor.agencyCode === task.leadAgency;
  const isPartner = actor.agencyCode !== null && task.coordinatingAgencies.includes(actor.agencyCode);
  const updateScope = scopeOf(actor.role, 'plan.update');
  const commentScope = scopeOf(actor.role, 'plan.comment');
  const update = updateScope === 'commune' || (updateScope === 'agency' && isLead);
  const comment = commentScope === 'commune' || (commentScope === 'agency' && (isLead || isPartner));
  return { update: update && !locked, comment: comment && !locked, attach: comment && !locked, locked };
}
