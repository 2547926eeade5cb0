/**
 * Rewards (khen thưởng) for mediators and teams: teams propose (Law 35/2013 Art. 13.5), the commune People's Committee
 * with the Front organises (Art. 29.2.b). The commune chairman decides "Lao động tiên tiến", Giấy khen and
 * "Gia đình văn hóa" (Law on Emulation and Commendation 2022 Art. 80.3) and considers or proposes higher awards for
 * those under the commune's management (Art. 83.1). ❓ Award criteria (Art. 74–75, Decree 98/2023) are not checked.
 */
import { z } from 'zod';

/** Who receives an award: a person, a collective (e.g. a mediation team), or a household. */
export const rewardRecipientKindSchema = z.enum(['individual', 'collective', 'household']);
export type RewardRecipientKind = z.infer<typeof rewardRecipientKindSchema>;

/** Award forms a commune meets, with who may receive them. Higher forms are decided above the commune. */
export const rewardForms = [
  {
    code: 'certificate_of_merit',
    vi: 'Giấy khen của Chủ tịch UBND xã',
    en: "Commune chairman's certificate of merit",
    recipients: ['individual', 'collective', 'household'],
  },
  {
    code: 'advanced_worker_title',
    vi: 'Danh hiệu "Lao động tiên tiến"',
    en: '"Advanced worker" title',
    recipients: ['individual'],
  },
  {
    code: 'cultured_family_title',
    vi: 'Danh hiệu "Gia đình văn hóa"',
    en: '"Cultured family" title',
    recipients: ['household'],
  },
  {
    code: 'provincial_certificate_of_merit',
    vi: 'Bằng khen của Chủ tịch UBND tỉnh',
    en: "Provincial chairman's certificate of merit",
    recipients: ['individual', 'collective', 'household'],
  },
  {
    code: 'ministerial_certificate_of_merit',
    vi: 'Bằng khen của Bộ trưởng Bộ Tư pháp',
    en: "Minister of Justice's certificate of merit",
    recipients: ['individual', 'collective'],
  },
] as const satisfies readonly { code: string; vi: string; en: string; recipients: readonly RewardRecipientKind[] }[];

export type RewardForm = (typeof rewardForms)[number]['code'];
export const rewardFormSchema = z.enum(rewardForms.map((f) => f.code) as [RewardForm, ...RewardForm[]]);

/**
 * The forms the commune chairman decides — Law on Emulation and Commendation 2022 Art. 80.3. A parameter: pass
 * another list if the law is amended (❓ the 2025 two-tier reform may move powers of the former district level).
 */
export const communeChairmanRewardForms: readonly RewardForm[] = [
  'advanced_worker_title',
  'certificate_of_merit',
  'cultured_family_title',
];
