/** The mediator form's fields turned into the domain's input (empty texts are null; checkboxes are booleans). */
import { intOrNull, orNull } from '#lib/server/registry-form.ts';

export function mediatorFields(v: Record<string, string>) {
  return {
    fullName: v.fullName ?? '',
    gender: v.gender ?? '',
    birthYear: intOrNull(v.birthYear) ?? Number.NaN,
    ethnicity: orNull(v.ethnicity),
    residenceVillageId: v.residenceVillageId ?? '',
    occupation: orNull(v.occupation),
    phone: orNull(v.phone),
    phonePublic: v.phonePublic === 'on',
    personalDataBasis: v.personalDataBasis ?? '',
    confirmedDistinct: v.confirmedDistinct === 'on',
  };
}
