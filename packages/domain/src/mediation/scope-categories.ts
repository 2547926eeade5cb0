/**
 * What may be mediated at the grassroots (phạm vi hòa giải ở cơ sở) — Law 35/2013 Art. 3.1, Decree 15/2014
 * Art. 5.1 (🟡), rule R-SCOPE-1. Items 6 and 7 are ❓ (wording unverified): see `scopeRulesSchema`.
 */
import { z } from 'zod';

/** The seven categories of Decree 15/2014 Art. 5.1, in its order (reference enum in the comment). */
export const scopeCategories = [
  'interpersonal_conflict', // 1 MAU_THUAN
  'civil', // 2 DAN_SU
  'marriage_family', // 3 HON_NHAN_GIA_DINH
  'minor_violation', // 4 VI_PHAM_NHO
  'mediable_criminal', // 5 HINH_SU_DUOC_HOA_GIAI
  'mediable_administrative', // 6 ❓
  'other_not_prohibited', // 7 ❓
] as const;
export const scopeCategorySchema = z.enum(scopeCategories);
export type ScopeCategory = z.infer<typeof scopeCategorySchema>;

/** Plain-language names and examples for staff screens and the kiosk (Decree 15/2014 Art. 5.1). */
export const scopeCategoryLabels: Record<ScopeCategory, { item: number; vi: string; en: string }> = {
  interpersonal_conflict: {
    item: 1,
    vi: 'Mâu thuẫn giữa các bên (lối sống, tính tình; lối đi, điện, nước sinh hoạt, công trình phụ, giờ giấc, vệ sinh chung…)',
    en: 'Conflicts between people (lifestyles, temperaments; shared paths, power, water, outbuildings, hours, hygiene…)',
  },
  civil: {
    item: 2,
    vi: 'Tranh chấp dân sự (quyền sở hữu, nghĩa vụ dân sự, hợp đồng, thừa kế, quyền sử dụng đất)',
    en: 'Civil disputes (ownership, obligations, contracts, inheritance, land-use rights)',
  },
  marriage_family: {
    item: 3,
    vi: 'Tranh chấp hôn nhân và gia đình (vợ chồng, cha mẹ – con, ông bà – cháu, anh chị em, cấp dưỡng, nuôi con nuôi, ly hôn…)',
    en: 'Marriage and family disputes (spouses, parents–children, grandparents, siblings, maintenance, adoption, divorce…)',
  },
  minor_violation: {
    item: 4,
    vi: 'Vi phạm pháp luật chưa đến mức truy cứu trách nhiệm hình sự hoặc xử lý vi phạm hành chính',
    en: 'Violations below the level of criminal prosecution or administrative sanction',
  },
  mediable_criminal: {
    item: 5,
    vi: 'Vi phạm pháp luật hình sự không bị khởi tố, người bị hại không yêu cầu khởi tố, hoặc vụ án đã được đình chỉ',
    en: 'Criminal-law violations not prosecuted, not requested by the victim, or dropped',
  },
  mediable_administrative: {
    item: 6,
    vi: 'Vi phạm pháp luật hành chính thuộc trường hợp không bị xử phạt (ví dụ người chưa thành niên)',
    en: 'Administrative violations not sanctioned (e.g. by minors)',
  },
  other_not_prohibited: {
    item: 7,
    vi: 'Việc khác mà pháp luật không cấm hòa giải',
    en: 'Other matters the law does not bar from mediation',
  },
};

/** Criminal-law status of the facts (Decree 15/2014 Art. 5.1.đ, 5.2): which statuses can still be mediated. */
export const criminalStatuses = [
  'none',
  'prosecution_required',
  'not_prosecuted_no_sanction',
  'victim_did_not_request',
  'case_dropped_no_sanction',
] as const;
export const criminalStatusSchema = z.enum(criminalStatuses);
export type CriminalStatus = z.infer<typeof criminalStatusSchema>;

/** Administrative-law status of the facts: `mediable_exception` is the ❓ item 6 case. */
export const administrativeStatusSchema = z.enum(['none', 'sanction_required', 'mediable_exception']);
export type AdministrativeStatus = z.infer<typeof administrativeStatusSchema>;

/**
 * Procedures outside grassroots mediation that a matter may already be in (Law 35/2013 Art. 1.2). `land_dispute_commune`:
 * a land dispute already filed with the commune People's Committee for mediation under the Land Law 2024 Art. 235.2 —
 * not every land dispute (those are civil disputes in scope, Decree 15/2014 Art. 5.1.b).
 */
export const otherProcedureSchema = z.enum([
  'court',
  'arbitration',
  'commercial_mediation',
  'labour_mediation',
  'commune_committee',
  'land_dispute_commune',
]);
export type OtherProcedure = z.infer<typeof otherProcedureSchema>;
