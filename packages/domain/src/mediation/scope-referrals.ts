/**
 * Where a citizen goes when a matter cannot be mediated at the grassroots — Law 35/2013 Art. 21.3 (guide the
 * parties to the competent body), Decree 15/2014 Art. 6 (❓ text unverified), rule R-SCOPE-1.
 */
import { z } from 'zod';

/** The bodies a refusal can refer to. */
export const referralTargets = [
  'court',
  'police',
  'commune_committee',
  'commune_land_mediation',
  'arbitration_or_commercial_mediation',
  'labour_mediator',
] as const;
export const referralTargetSchema = z.enum(referralTargets);
export type ReferralTarget = z.infer<typeof referralTargetSchema>;

/** What a referral tells the citizen, and the agency code (org/agencies.ts) the office uses for it, if any. */
export type Referral = { target: ReferralTarget; vi: string; en: string; agencyCode: string | null };

const texts: Record<ReferralTarget, { vi: string; en: string }> = {
  court: {
    vi: 'Tòa án nhân dân khu vực (nộp đơn khởi kiện hoặc yêu cầu)',
    en: "The regional people's court (file a claim or request)",
  },
  police: { vi: 'Công an xã (trình báo, tố giác)', en: 'The commune police (report the matter)' },
  commune_committee: {
    vi: 'Ủy ban nhân dân xã (công chức Tư pháp – Hộ tịch hướng dẫn)',
    en: "The commune People's Committee (the justice officer will guide you)",
  },
  commune_land_mediation: {
    vi: 'Ủy ban nhân dân xã – hòa giải tranh chấp đất đai (trong 30 ngày kể từ khi nhận đơn)',
    en: "The commune People's Committee – land-dispute mediation (within 30 days of the request)",
  },
  arbitration_or_commercial_mediation: {
    vi: 'Trọng tài thương mại hoặc tổ chức hòa giải thương mại',
    en: 'Commercial arbitration or a commercial mediation organisation',
  },
  labour_mediator: {
    vi: 'Hòa giải viên lao động (cơ quan lao động cấp tỉnh)',
    en: 'A labour mediator (provincial labour authority)',
  },
};

/** Which agency of the commune stands for each target; default = xã Pờ Tó's agencies (org/agencies.ts). A parameter. */
export const referralAgenciesSchema = z.record(referralTargetSchema, z.string().nullable());
/** Agency code per referral target (org/agencies.ts codes; null when the commune has none). */
export type ReferralAgencies = Record<ReferralTarget, string | null>;
/** xã Pờ Tó: UBND xã (office), Công an xã, TAND khu vực 12 — org/agencies.ts. */
export const poToReferralAgencies: ReferralAgencies = {
  court: 'court_region_12',
  police: 'police',
  commune_committee: 'office',
  commune_land_mediation: 'office',
  arbitration_or_commercial_mediation: null,
  labour_mediator: null,
};

/** The referral for a target, with the commune's agency code (Law 35/2013 Art. 21.3; R-SCOPE-1). */
export function referralTo(target: ReferralTarget, agencies: ReferralAgencies = poToReferralAgencies): Referral {
  return { target, ...texts[target], agencyCode: agencies[target] };
}
