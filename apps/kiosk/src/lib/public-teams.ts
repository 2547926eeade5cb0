/** The commune's team directory (team.public), read once per page; villages matched without diacritics. */
import { kioskCommune, query, type PublicTeams } from './api.ts';

export async function loadTeams(): Promise<PublicTeams> {
  return query<PublicTeams>('team.public', { commune: await kioskCommune() });
}
