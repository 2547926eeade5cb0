/**
 * A team as the console shows it: its village, founding decision, status and live composition compliance (Law
 * 35/2013 Art. 12.1). Members show name, role and dates to every reader; gender and the ethnic-minority flag are
 * personal data (ethnic origin is sensitive, Decree 13/2023 Art. 2.4) — only in `personal` views.
 */
import type { Issue, TeamCompliance } from '@hgcs/domain';

export type ComplianceView = {
  compliant: boolean;
  activeMembers: number;
  issues: { code: string; params: Readonly<Record<string, string | number>> }[];
};
export const complianceView = (c: TeamCompliance): ComplianceView => ({
  compliant: c.compliant,
  activeMembers: c.activeMembers,
  issues: c.issues.map((i: Issue) => ({ code: i.code, params: i.params })),
});

type TeamRow = {
  id: string;
  name: string;
  villageId: string;
  villageName: string;
  villageEthnicMinorityArea: boolean;
  foundingDecisionNo: string | null;
  foundingDecisionOn: string | null;
  status: 'active' | 'dissolved';
};

export type TeamSummaryView = Omit<TeamRow, never> & {
  leaderName: string | null;
  supporters: number;
  compliance: ComplianceView;
};

export function teamSummaryView(
  row: TeamRow,
  leaderName: string | null,
  supporters: number,
  compliance: TeamCompliance,
): TeamSummaryView {
  return {
    id: row.id,
    name: row.name,
    villageId: row.villageId,
    villageName: row.villageName,
    villageEthnicMinorityArea: row.villageEthnicMinorityArea,
    foundingDecisionNo: row.foundingDecisionNo,
    foundingDecisionOn: row.foundingDecisionOn,
    status: row.status,
    leaderName,
    supporters,
    compliance: complianceView(compliance),
  };
}

type MemberRow = {
  id: string;
  mediatorId: string;
  fullName: string;
  role: 'member' | 'leader' | 'deputy';
  joinedOn: string;
  recognitionDecisionNo: string | null;
  recognitionDecisionOn: string | null;
  leftOn: string | null;
  leftReason: string | null;
  gender: 'female' | 'male';
  ethnicMinority: boolean;
};

export type MemberView = Omit<MemberRow, 'gender' | 'ethnicMinority'> & {
  gender?: 'female' | 'male';
  ethnicMinority?: boolean;
};

export function memberView(m: MemberRow, personal: boolean): MemberView {
  const base = {
    id: m.id,
    mediatorId: m.mediatorId,
    fullName: m.fullName,
    role: m.role,
    joinedOn: m.joinedOn,
    recognitionDecisionNo: m.recognitionDecisionNo,
    recognitionDecisionOn: m.recognitionDecisionOn,
    leftOn: m.leftOn,
    leftReason: m.leftReason,
  };
  return personal ? { ...base, gender: m.gender, ethnicMinority: m.ethnicMinority } : base;
}
