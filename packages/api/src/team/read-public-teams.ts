/**
 * For citizens (the kiosk's "find my team", the commune's web portal): every village of a commune with its active
 * teams, where and when to find them, the leader and members by name and role, and only the phones their owners
 * agreed to show. Nothing else about a mediator: no gender, birth year, ethnicity, residence or decision numbers.
 */
import { getCommune, publicMembers, publicTeams, publicVillages, type Db } from '@hgcs/db';
import { DomainError, kioskScope } from '@hgcs/domain';

export type PublicMember = { name: string; role: 'leader' | 'deputy' | 'member'; phone: string | null };
export type PublicTeam = {
  id: string;
  name: string;
  meetingPlace: string | null;
  meetingTime: string | null;
  leader: PublicMember | null;
  members: PublicMember[];
};
export type PublicVillage = { id: string; name: string; teams: PublicTeam[] };

/** The commune's villages by name, each with its teams; "not found" when there is no such commune. */
export async function readPublicTeams(db: Db, communeId: number): Promise<{ villages: PublicVillage[] }> {
  if (!(await getCommune(db, communeId))) throw new DomainError('RESOURCE.NOT_FOUND');
  const scope = kioskScope(communeId);
  const [villages, teams, members] = await Promise.all([
    publicVillages(db, scope),
    publicTeams(db, scope),
    publicMembers(db, scope),
  ]);
  const byTeam = Map.groupBy(members, (m) => m.teamId);
  const view = (t: (typeof teams)[number]): PublicTeam => {
    const people = (byTeam.get(t.id) ?? []).map((m) => ({ name: m.fullName, role: m.role, phone: m.phone }));
    return {
      id: t.id,
      name: t.name,
      meetingPlace: t.meetingPlace,
      meetingTime: t.meetingTime,
      leader: people.find((p) => p.role === 'leader') ?? null,
      members: people.filter((p) => p.role !== 'leader'),
    };
  };
  const teamsOf = Map.groupBy(teams, (t) => t.villageId);
  return { villages: villages.map((v) => ({ id: v.id, name: v.name, teams: (teamsOf.get(v.id) ?? []).map(view) })) };
}
