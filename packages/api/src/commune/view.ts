/** The commune's output shape: code, names, villages and agencies (explicit fields; no commune id inside agencies). */
import type { getCommune } from '@hgcs/db';
import type { readAgencies, readVillages } from '../cache/commune-reference.ts';

type Commune = NonNullable<Awaited<ReturnType<typeof getCommune>>>;
type Villages = Awaited<ReturnType<typeof readVillages>>;
type Agencies = Awaited<ReturnType<typeof readAgencies>>;

export function toCommuneView(commune: Commune, villages: Villages, agencies: Agencies) {
  return {
    code: String(commune.id),
    name: commune.name,
    provinceName: commune.provinceName,
    villages,
    agencies: agencies.map(({ communeId: _c, ...a }) => a),
  };
}
