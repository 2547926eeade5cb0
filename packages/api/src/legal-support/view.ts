/** A legal supporter as the console shows them, with the teams they support; the phone only for `registry.read_personal`. */
export type LegalSupporterView = {
  id: string;
  fullName: string;
  kind: string;
  organisation: string | null;
  phone?: string | null;
  teams: { teamId: string; teamName: string; since: string | null }[];
};

export function legalSupporterView(
  s: { id: string; fullName: string; kind: string; organisation: string | null; phone: string | null },
  teams: LegalSupporterView['teams'],
  personal: boolean,
): LegalSupporterView {
  return {
    id: s.id,
    fullName: s.fullName,
    kind: s.kind,
    organisation: s.organisation,
    ...(personal ? { phone: s.phone } : {}),
    teams,
  };
}
