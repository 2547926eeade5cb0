/**
 * A province administrator onboards a commune of their province from the console (issue 8.3): the data file's text
 * is checked first (`parsePlanFile`: a problem names its line, nothing is written), then `addCommune` creates the
 * commune, its villages, agencies, plan and work items and its first administrator in one transaction audited in
 * the new commune's chain, with the province administrator as the actor. The setup password is returned once.
 */
import { getProvince } from '@hgcs/db';
import { DomainError, parsePlanFile, type Granted, type OnboardCommuneInput, type ProvinceScope } from '@hgcs/domain';
import { addCommune } from '../commune/add-commune.ts';
import type { ScopedContext } from '../context.ts';

export async function onboardCommune(ctx: ScopedContext<Granted<ProvinceScope>>, input: OnboardCommuneInput) {
  const file = parsePlanFile(input.planText, { communeCode: input.code });
  const province = await getProvince(ctx.db, ctx.scope.provinceCode);
  if (!province) throw new DomainError('RESOURCE.NOT_FOUND');
  const result = await addCommune(ctx.db, {
    commune: { code: input.code, name: input.name, provinceCode: province.code, provinceName: province.name },
    file,
    requestId: ctx.requestId,
    actorUserId: ctx.user.userId,
  });
  if (result.status === 'exists') return { status: 'exists' as const, code: input.code };
  return {
    status: 'created' as const,
    code: input.code,
    name: input.name,
    username: result.admin.username,
    setupPassword: result.admin.setupPassword,
  };
}
