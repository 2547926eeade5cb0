/**
 * The registry as a workbook (issue 10, point 8): the teams of the caller's scope with their composition as of the
 * API's day, and every membership with its history. Ethnicity and phone only for roles with
 * `registry.read_personal` (docs/decisions.md 15). Audited as a file leaving the system (kind and counts only).
 */
import { getCommune, membershipsForExport, teamsForExport } from '@hgcs/db';
import { DomainError, hasPermission, todayInVietnam } from '@hgcs/domain';
import { writeRegistryXlsx } from '@hgcs/reports';
import type { Context } from '../context.ts';
import { auditDownload } from '../audit-download.ts';
import { authorizeScopeAudited } from '../procedures.ts';
import { mediaTypes } from '../plan/commune-document.ts';

export async function exportRegistry(ctx: Context) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'team.read', 'exports.registry');
  // A commune's registry, for its own bodies: the province reads figures and searches, it does not export names.
  if (scope.kind === 'province') throw new DomainError('AUTH.FORBIDDEN');
  const personal = hasPermission(user.role, 'registry.read_personal');
  const [commune, teams, memberships] = await Promise.all([
    getCommune(ctx.db, scope.communeId),
    teamsForExport(ctx.db, scope),
    membershipsForExport(ctx.db, scope),
  ]);
  if (!commune) throw new DomainError('RESOURCE.NOT_FOUND');
  const asOf = todayInVietnam(ctx.now);
  const bytes = await writeRegistryXlsx({
    communeName: commune.name,
    asOf,
    includePersonalData: personal,
    teams: teams.map((team) => ({
      village: team.villageName,
      villageEthnicMinorityArea: team.villageEthnicMinorityArea,
      name: team.name,
      members: memberships
        .filter((m) => m.teamId === team.id)
        .map((m) => ({
          fullName: m.fullName,
          birthYear: m.birthYear,
          sex: m.gender,
          ethnicity: personal ? m.ethnicity : null,
          ethnicMinority: m.ethnicMinority,
          occupation: m.occupation,
          phone: personal ? m.phone : null,
          role: m.role === 'leader' ? ('leader' as const) : ('member' as const),
          joinedOn: m.joinedOn,
          recognition:
            m.recognitionDecisionNo && m.recognitionDecisionOn
              ? { number: m.recognitionDecisionNo, date: m.recognitionDecisionOn }
              : null,
          leftOn: m.leftOn,
          leftReason: m.leftReason === null ? null : m.leftReason === 'transferred' ? ('other' as const) : m.leftReason,
        })),
    })),
  });
  await auditDownload(
    { ...ctx, user, scope },
    {
      action: 'export.download',
      objectType: 'export',
      objectId: 'registry.xlsx',
      after: { kind: 'registry', format: 'xlsx', teams: teams.length, members: memberships.length },
    },
  );
  return { bytes, mediaType: mediaTypes.xlsx, fileName: `so-theo-doi-to-hoa-giai-${asOf}.xlsx` };
}
