/**
 * Communes (xã) and villages (thôn, làng). Codes are the official statistics codes
 * (Cục Thống kê CV 1027/CTK-CSCL, 25/06/2025). Pờ Tó = 24013 in Gia Lai = 52.
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';

export const communeSchema = z
  .object({
    code: z.string().regex(/^\d{5}$/, 'field.COMMUNE_CODE'),
    name: safeText(120, { min: 2 }),
    provinceCode: z.string().regex(/^\d{2}$/, 'field.PROVINCE_CODE'),
    provinceName: safeText(120, { min: 2 }),
  })
  .strict();
export type Commune = z.infer<typeof communeSchema>;

/** What a village is called: thôn, làng (rural) or tổ dân phố (town). */
export const villageKinds = ['thon', 'lang', 'to_dan_pho'] as const;
export const villageKindSchema = z.enum(villageKinds, { message: 'field.VILLAGE_KIND' });
export type VillageKind = z.infer<typeof villageKindSchema>;
export const villageKindLabels: Record<VillageKind, { vi: string; en: string }> = {
  thon: { vi: 'Thôn', en: 'Hamlet (thôn)' },
  lang: { vi: 'Làng', en: 'Village (làng)' },
  to_dan_pho: { vi: 'Tổ dân phố', en: 'Residential group' },
};

/** A village; `ethnicMinorityArea` drives the team-composition rule R-TEAM-1 (Law 35/2013 Art. 12.1). */
export const villageInputSchema = z
  .object({
    name: safeText(120, { min: 2, tooShort: 'field.VILLAGE_NAME_TOO_SHORT', tooLong: 'field.VILLAGE_NAME_TOO_LONG' }),
    kind: villageKindSchema.optional(),
    ethnicMinorityArea: z.boolean().default(true),
    households: z.number().int().min(0).max(100_000).nullable().default(null),
  })
  .strict();
export type VillageInput = z.infer<typeof villageInputSchema>;

/** xã Pờ Tó, Gia Lai (after the 2025 merger of old Pờ Tó and Chư Răng) — [CODES], [MERGE]. */
export const poToCommune: Commune = {
  code: '24013',
  name: 'Xã Pờ Tó',
  provinceCode: '52',
  provinceName: 'Tỉnh Gia Lai',
};

/** A change to a village, by id (only the fields given change). */
export const villageUpdateSchema = z
  .object({
    id: z.string().uuid('field.VILLAGE_ID'),
    name: safeText(120, {
      min: 2,
      tooShort: 'field.VILLAGE_NAME_TOO_SHORT',
      tooLong: 'field.VILLAGE_NAME_TOO_LONG',
    }).optional(),
    kind: villageKindSchema.optional(),
    ethnicMinorityArea: z.boolean().optional(),
    households: z.number().int().min(0).max(100_000).nullable().optional(),
  })
  .strict();
export type VillageUpdate = z.infer<typeof villageUpdateSchema>;
