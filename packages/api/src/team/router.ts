/**
 * Mediation teams, as far as the caller's scope reaches (the commune's all, a village head's village's, a team
 * leader's own): pages with live composition compliance, one team with members and history, the Decision 315
 * figures; founding and changing a team; members joining and leaving.
 */
import {
  joinTeamSchema,
  leaveTeamSchema,
  memberRoleInputSchema,
  pageInputSchema,
  teamCreateSchema,
  teamIdInputSchema,
  teamUpdateSchema,
} from '@hgcs/domain';
import { z } from 'zod';
import { can } from '../procedures.ts';
import { createTeam } from './create-team.ts';
import { readTeam } from './get-team.ts';
import { joinTeam } from './join-team.ts';
import { leaveTeam } from './leave-team.ts';
import { listTeamsPage } from './list-teams.ts';
import { readRegistryFigures } from './registry-figures.ts';
import { setMemberRole } from './set-member-role.ts';
import { changeTeam } from './update-team.ts';

const teamPageSchema = pageInputSchema.extend({ villageId: z.string().uuid('Thôn/làng: mã không hợp lệ').optional() });

export const teamRouter = {
  /** One page of the scope's teams by name, each with its compliance, leader and number of legal supporters. */
  list: can('team.read')
    .input(teamPageSchema.optional())
    .query(({ ctx, input }) => listTeamsPage(ctx.db, ctx.scope, teamPageSchema.parse(input ?? {}))),
  /** "Teams consolidated" and "teams with legal support" of the scope (Decision 315/QĐ-TTg). */
  figures: can('team.read').query(({ ctx }) => readRegistryFigures(ctx.db, ctx.scope)),
  get: can('team.read')
    .input(teamIdInputSchema)
    .query(({ ctx, input }) => readTeam(ctx.db, ctx.scope, ctx.user, input.id)),
  create: can('team.manage')
    .input(teamCreateSchema)
    .mutation(({ ctx, input }) => createTeam(ctx, input)),
  update: can('team.manage')
    .input(teamUpdateSchema)
    .mutation(({ ctx, input }) => changeTeam(ctx, input)),
  /** A mediator joins (Art. 7 standards checked); returns the membership's id. */
  join: can('mediator.manage')
    .input(joinTeamSchema)
    .mutation(({ ctx, input }) => joinTeam(ctx, input)),
  /** A member leaves with a reason; returns the team's compliance after it. */
  leave: can('mediator.manage')
    .input(leaveTeamSchema)
    .mutation(({ ctx, input }) => leaveTeam(ctx, input)),
  /** A member's role changes (member, deputy; a second leader is refused). */
  setRole: can('mediator.manage')
    .input(memberRoleInputSchema)
    .mutation(({ ctx, input }) => setMemberRole(ctx, input)),
};
