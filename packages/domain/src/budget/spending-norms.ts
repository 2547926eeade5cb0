/**
 * The maximum amounts (mức chi tối đa) of Circular 56/2023/TT-BTC Art. 3, clauses 6, 10, 12, 13, 14 and 17, read in
 * the text itself. They are caps: the provincial People's Council sets local amounts (Art. 5.1); see check-spending-cap.ts.
 */
import { z } from 'zod';
import type { SpendingCategory } from './spending-categories.ts';

/** A cap in đồng, or a number of months of the base salary (lương cơ sở) on the day it is incurred. */
export type NormCap = { kind: 'vnd'; amount: number } | { kind: 'base_salary_months'; months: number };

/** One norm: its category, its point in Art. 3, what one unit is, and the cap per unit. */
export type SpendingNorm = {
  category: SpendingCategory;
  point: string;
  vi: string;
  en: string;
  unitVi: string;
  unitEn: string;
  cap: NormCap;
};

const vnd = (amount: number): NormCap => ({ kind: 'vnd', amount });
const norm = (
  category: SpendingCategory,
  point: string,
  vi: string,
  en: string,
  unitVi: string,
  unitEn: string,
  cap: NormCap,
): SpendingNorm => ({ category, point, vi, en, unitVi, unitEn, cap });

/** Every capped item of Circular 56/2023/TT-BTC Art. 3, keyed by a stable id. */
export const spendingNorms = {
  leaflet: norm('special_materials', '6.a', 'Tờ gấp pháp luật', 'Legal leaflet', 'tờ gấp', 'leaflet', vnd(1_500_000)),
  legal_qa_situation: norm(
    'special_materials',
    '6.b',
    'Tình huống giải đáp pháp luật',
    'Legal Q&A situation',
    'tình huống',
    'situation',
    vnd(450_000),
  ),
  legal_story: norm(
    'special_materials',
    '6.c',
    'Câu chuyện pháp luật',
    'Legal story',
    'câu chuyện',
    'story',
    vnd(2_250_000),
  ),
  legal_sketch: norm(
    'special_materials',
    '6.d',
    'Tiểu phẩm pháp luật',
    'Legal sketch',
    'tiểu phẩm',
    'sketch',
    vnd(7_500_000),
  ),
  detailed_outline: norm(
    'programme_drafting',
    '10.a',
    'Xây dựng đề cương chi tiết',
    'Detailed outline',
    'đề cương',
    'outline',
    vnd(1_200_000),
  ),
  general_outline: norm(
    'programme_drafting',
    '10.a',
    'Tổng hợp hoàn chỉnh đề cương tổng quát',
    'Completed general outline',
    'đề cương',
    'outline',
    vnd(2_000_000),
  ),
  plan_drafting: norm(
    'programme_drafting',
    '10.b',
    'Soạn thảo chương trình, đề án, kế hoạch',
    'Drafting a programme, scheme or plan',
    'chương trình, đề án, kế hoạch',
    'plan',
    vnd(3_000_000),
  ),
  comments_synthesis_report: norm(
    'programme_drafting',
    '10.b',
    'Soạn thảo báo cáo tiếp thu, tổng hợp ý kiến',
    'Report synthesising comments',
    'báo cáo',
    'report',
    vnd(500_000),
  ),
  consultation_chair: norm(
    'programme_drafting',
    '10.c',
    'Chủ trì họp, tọa đàm góp ý',
    'Chair of a consultation meeting',
    'người/buổi',
    'person per session',
    vnd(200_000),
  ),
  consultation_member: norm(
    'programme_drafting',
    '10.c',
    'Thành viên dự họp, tọa đàm góp ý',
    'Member at a consultation meeting',
    'người/buổi',
    'person per session',
    vnd(100_000),
  ),
  expert_opinion: norm(
    'programme_drafting',
    '10.d',
    'Ý kiến tư vấn của chuyên gia',
    'Expert opinion',
    'văn bản',
    'document',
    vnd(500_000),
  ),
  review_council_chair: norm(
    'programme_drafting',
    '10.đ',
    'Chủ tịch Hội đồng xét duyệt',
    'Chair of the review council',
    'người/buổi',
    'person per session',
    vnd(200_000),
  ),
  review_council_member: norm(
    'programme_drafting',
    '10.đ',
    'Thành viên Hội đồng xét duyệt, thư ký',
    'Review council member or secretary',
    'người/buổi',
    'person per session',
    vnd(150_000),
  ),
  review_council_guest: norm(
    'programme_drafting',
    '10.đ',
    'Đại biểu được mời dự xét duyệt',
    'Invited delegate at the review',
    'người/buổi',
    'person per session',
    vnd(100_000),
  ),
  review_council_critique: norm(
    'programme_drafting',
    '10.đ',
    'Nhận xét, phản biện của Hội đồng',
    'Council critique',
    'bài viết',
    'paper',
    vnd(300_000),
  ),
  review_council_member_comment: norm(
    'programme_drafting',
    '10.đ',
    'Bài nhận xét của ủy viên Hội đồng',
    'Council member comment',
    'bài viết',
    'paper',
    vnd(200_000),
  ),
  appraisal_opinion: norm(
    'programme_drafting',
    '10.e',
    'Ý kiến thẩm định (không lập Hội đồng)',
    'Appraisal opinion (no council)',
    'bài viết',
    'paper',
    vnd(500_000),
  ),
  guidance_document: norm(
    'programme_drafting',
    '10.g',
    'Xây dựng văn bản quản lý, chỉ đạo, hướng dẫn',
    'Guidance document',
    'văn bản',
    'document',
    vnd(500_000),
  ),
  law_club_launch_meal: norm(
    'legal_clubs',
    '12.a',
    'Tiền ăn, nước uống hội nghị ra mắt Câu lạc bộ pháp luật (tối đa 1 ngày)',
    'Meals at a law club launch (1 day max)',
    'người/ngày',
    'person per day',
    vnd(50_000),
  ),
  law_club_session_water: norm(
    'legal_clubs',
    '12.b',
    'Nước uống sinh hoạt Câu lạc bộ pháp luật, nhóm nòng cốt',
    'Drinking water at a law club session',
    'người/buổi',
    'person per session',
    vnd(20_000),
  ),
  contest_performer: norm(
    'contests',
    '13.c',
    'Thuê văn nghệ, diễn viên',
    'Hired performers',
    'người/ngày',
    'person per day',
    vnd(450_000),
  ),
  prize_first_team: norm(
    'contests',
    '13.d',
    'Giải nhất – tập thể',
    'First prize – team',
    'giải',
    'prize',
    vnd(15_000_000),
  ),
  prize_first_individual: norm(
    'contests',
    '13.d',
    'Giải nhất – cá nhân',
    'First prize – individual',
    'giải',
    'prize',
    vnd(9_000_000),
  ),
  prize_second_team: norm(
    'contests',
    '13.d',
    'Giải nhì – tập thể',
    'Second prize – team',
    'giải',
    'prize',
    vnd(10_500_000),
  ),
  prize_second_individual: norm(
    'contests',
    '13.d',
    'Giải nhì – cá nhân',
    'Second prize – individual',
    'giải',
    'prize',
    vnd(4_500_000),
  ),
  prize_third_team: norm(
    'contests',
    '13.d',
    'Giải ba – tập thể',
    'Third prize – team',
    'giải',
    'prize',
    vnd(7_500_000),
  ),
  prize_third_individual: norm(
    'contests',
    '13.d',
    'Giải ba – cá nhân',
    'Third prize – individual',
    'giải',
    'prize',
    vnd(3_000_000),
  ),
  prize_consolation_team: norm(
    'contests',
    '13.d',
    'Giải khuyến khích – tập thể',
    'Consolation prize – team',
    'giải',
    'prize',
    vnd(4_500_000),
  ),
  prize_consolation_individual: norm(
    'contests',
    '13.d',
    'Giải khuyến khích – cá nhân',
    'Consolation prize – individual',
    'giải',
    'prize',
    vnd(1_500_000),
  ),
  prize_other: norm('contests', '13.d', 'Giải phụ khác', 'Other prize', 'giải', 'prize', vnd(750_000)),
  statistics_data_collection: norm(
    'statistical_reports',
    '14.a',
    'Thu thập thông tin, xử lý số liệu báo cáo',
    'Collecting and processing report data',
    'báo cáo',
    'report',
    vnd(75_000),
  ),
  statistics_local_report: norm(
    'statistical_reports',
    '14.b',
    'Báo cáo của bộ, ngành, địa phương',
    'Report of a ministry or locality',
    'báo cáo',
    'report',
    vnd(4_500_000),
  ),
  statistics_government_report: norm(
    'statistical_reports',
    '14.c',
    'Báo cáo tổng hợp trình Chính phủ, Thủ tướng Chính phủ',
    'Consolidated report to the Government',
    'báo cáo',
    'report',
    vnd(7_500_000),
  ),
  mediator_remuneration: norm(
    'grassroots_mediation',
    '17.a',
    'Thù lao hòa giải viên trực tiếp tham gia vụ, việc',
    'Remuneration of the mediators on a case',
    'vụ, việc',
    'case',
    vnd(300_000),
  ),
  mediator_remuneration_successful: norm(
    'grassroots_mediation',
    '17.a',
    'Thù lao vụ, việc hòa giải thành (Điều 24 Luật Hòa giải ở cơ sở)',
    'Remuneration of a successfully mediated case (Law Art. 24)',
    'vụ, việc',
    'case',
    vnd(400_000),
  ),
  mediator_funeral_support: norm(
    'grassroots_mediation',
    '17.d',
    'Hỗ trợ chi phí mai táng hòa giải viên gặp tai nạn, rủi ro khi hòa giải',
    'Funeral support for a mediator killed while mediating',
    'người',
    'person',
    { kind: 'base_salary_months', months: 5 },
  ),
  team_operations_support: norm(
    'grassroots_mediation',
    '17.đ',
    'Hỗ trợ hoạt động tổ hòa giải (văn phòng phẩm, sao chụp, nước uống họp tổ)',
    'Team operations support (stationery, copies, water at team meetings)',
    'tổ/tháng',
    'team per month',
    vnd(150_000),
  ),
} as const satisfies Record<string, SpendingNorm>;

/** The id of a capped item of Circular 56/2023/TT-BTC Art. 3. */
export type SpendingNormId = keyof typeof spendingNorms;

/** The norm ids, in the order of the circular. */
export const spendingNormIds = Object.keys(spendingNorms) as [SpendingNormId, ...SpendingNormId[]];

/** A norm id — Circular 56/2023/TT-BTC Art. 3. */
export const spendingNormIdSchema = z.enum(spendingNormIds);
