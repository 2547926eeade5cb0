/**
 * A registered team's live composition compliance (Law 35/2013 Art. 12.1, R-TEAM-1): the registry's memberships
 * turned into the rule's input — only open memberships count, the leader is the open membership with the role
 * `leader` — then `checkTeamComposition`.
 */
import { checkTeamComposition, type TeamInput } from '../mediation/check-team-composition.ts';
import type { Issue } from '../mediation/issue.ts';
import type { MembershipRole } from './membership-input.ts';

/** A membership as the registry holds it (`leftOn` null while it is open). */
export type RegisteredMember = {
  mediatorId: string;
  gender: 'female' | 'male';
  ethnicMinority: boolean;
  role: MembershipRole;
  leftOn: string | null;
};

/** The rule's view of a registered team. */
export function toCompositionInput(
  villageEthnicMinorityArea: boolean,
  members: readonly RegisteredMember[],
): TeamInput {
  const open = members.filter((m) => m.leftOn === null);
  // One person counts once even with two open memberships (the database forbids it; the rule refuses duplicates).
  const unique = [...new Map(open.map((m) => [m.mediatorId, m])).values()];
  return {
    villageEthnicMinorityArea,
    leaderId: unique.find((m) => m.role === 'leader')?.mediatorId ?? null,
    members: unique.map((m) => ({
      mediatorId: m.mediatorId,
      sex: m.gender,
      ethnicMinority: m.ethnicMinority,
      active: true,
    })),
  };
}

export type TeamCompliance = { compliant: boolean; activeMembers: number; issues: Issue[] };

/** Whether the team meets Art. 12.1 now, and every unmet condition. */
export function teamCompliance(
  villageEthnicMinorityArea: boolean,
  members: readonly RegisteredMember[],
): TeamCompliance {
  const input = toCompositionInput(villageEthnicMinorityArea, members);
  const issues = checkTeamComposition(input);
  return { compliant: issues.length === 0, activeMembers: input.members.length, issues };
}
