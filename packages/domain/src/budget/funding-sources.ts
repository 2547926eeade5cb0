/**
 * Funding sources (nguồn kinh phí) of the commune plan, section III (Pờ Tó plan), matching Circular 56/2023/TT-BTC Art. 2:
 * the state budget, money integrated from provincial programmes, and lawful donations and sponsorship.
 */
import { z } from 'zod';

/** Every funding source, with the plan's wording and its legal basis. */
export const fundingSources = [
  {
    code: 'state_budget',
    vi: 'Ngân sách nhà nước',
    en: 'State budget',
    planSection: 'III.1',
    basis: 'Thông tư 56/2023/TT-BTC Art. 2.1.a–b',
  },
  {
    code: 'integrated_programmes',
    vi: 'Lồng ghép trong kinh phí các chương trình, đề án do UBND tỉnh ban hành',
    en: 'Integrated into provincial programmes and schemes',
    planSection: 'III.2',
    basis: 'Kế hoạch xã Pờ Tó, mục III.2',
  },
  {
    code: 'lawful_donations',
    vi: 'Đóng góp, tài trợ hợp pháp của doanh nghiệp, tổ chức, cá nhân',
    en: 'Lawful donations and sponsorship',
    planSection: 'III.1, III.3',
    basis: 'Thông tư 56/2023/TT-BTC Art. 2.1.c',
  },
] as const;

/** A funding source code — commune plan section III; Circular 56/2023/TT-BTC Art. 2. */
export type FundingSource = (typeof fundingSources)[number]['code'];

/** A funding source code — commune plan section III; Circular 56/2023/TT-BTC Art. 2. */
export const fundingSourceSchema = z.enum(fundingSources.map((s) => s.code) as [FundingSource, ...FundingSource[]]);
