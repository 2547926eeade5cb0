/**
 * Before a person joins a team: the Art. 7 standards of Law 35/2013 (R-MED-1, mediation's `unmetStandards`) — a
 * Vietnamese citizen, permanently resident in the team's village, volunteering, with the organiser's attestations.
 * Throws REGISTRY.STANDARDS_UNMET listing every unmet standard.
 */
import { DomainError } from '../errors/domain-error.ts';
import { checkCandidateStandards } from '../mediation/check-candidate-standards.ts';
import type { JoinTeam } from './membership-input.ts';

export type PersonForStandards = { fullName: string; citizenship: string; residenceVillageId: string };

export function assertJoinStandards(
  person: PersonForStandards,
  join: Pick<JoinTeam, 'volunteers' | 'attestations'>,
  teamVillageId: string,
): void {
  const issues = checkCandidateStandards(
    {
      fullName: person.fullName,
      citizenship: person.citizenship,
      permanentResidenceVillageId: person.residenceVillageId,
      volunteers: join.volunteers,
      attestations: join.attestations,
    },
    teamVillageId,
  );
  if (issues.length > 0)
    throw new DomainError(
      'REGISTRY.STANDARDS_UNMET',
      { field: 'standards', codes: issues.map((i) => i.code).join(',') },
      issues.map((i) => ({ path: 'standards', code: `error.${i.code}`, params: i.params })),
    );
}
