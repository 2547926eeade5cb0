/** A village as the console shows it, with its teams (the commune → village → team tree). */
export type VillageView = {
  id: string;
  name: string;
  kind: 'thon' | 'lang' | 'to_dan_pho';
  ethnicMinorityArea: boolean;
  households: number | null;
  teams: { id: string; name: string; status: 'active' | 'dissolved' }[];
};

export function villageView(v: Omit<VillageView, 'teams'>, teams: VillageView['teams']): VillageView {
  return {
    id: v.id,
    name: v.name,
    kind: v.kind,
    ethnicMinorityArea: v.ethnicMinorityArea,
    households: v.households,
    teams,
  };
}
