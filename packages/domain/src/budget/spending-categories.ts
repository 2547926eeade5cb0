/**
 * Spending categories (nội dung chi) of Circular 56/2023/TT-BTC Art. 3, clauses 1–18, read in the text itself.
 * A category either has its own maximum amounts in the circular (`fixedNorms: true`, see spending-norms.ts) or
 * follows another regulation it names (`followsRegulation`).
 */
import { z } from 'zod';

/** Every spending category with its clause of Art. 3, Vietnamese label, English label and governing rule. */
export const spendingCategories = [
  {
    code: 'travel_and_meetings',
    clause: 1,
    vi: 'Công tác phí; tổ chức cuộc họp (kể cả họp bầu hòa giải viên, tổ trưởng tổ hòa giải), hội nghị sơ kết, tổng kết, triển khai',
    en: 'Travel; meetings (incl. elections of mediators and team leaders), review and launch conferences',
    fixedNorms: false,
    followsRegulation: 'Thông tư 40/2017/TT-BTC',
  },
  {
    code: 'training',
    clause: 2,
    vi: 'Đào tạo, tập huấn, bồi dưỡng kiến thức pháp luật, nghiệp vụ, kỹ năng (kể cả hòa giải viên ở cơ sở)',
    en: 'Training and refresher courses (incl. grassroots mediators)',
    fixedNorms: false,
    followsRegulation: 'Thông tư 36/2018/TT-BTC, Thông tư 06/2023/TT-BTC; học viên cấp xã theo Thông tư 40/2017/TT-BTC',
  },
  {
    code: 'workshops',
    clause: 3,
    vi: 'Họp báo, hội thảo, tọa đàm trao đổi kinh nghiệm',
    en: 'Press briefings, workshops, experience-sharing round tables',
    fixedNorms: false,
    followsRegulation: 'Thông tư 03/2023/TT-BTC',
  },
  {
    code: 'information_technology',
    clause: 4,
    vi: 'Ứng dụng công nghệ thông tin, đăng tải thông tin pháp luật, số hóa',
    en: 'Information technology, online publication, digitisation',
    fixedNorms: false,
    followsRegulation: 'Nghị định 73/2019/NĐ-CP',
  },
  {
    code: 'materials_and_media',
    clause: 5,
    vi: 'Biên soạn, biên dịch tài liệu (kể cả tiếng dân tộc thiểu số); thông tin, truyền thông',
    en: 'Writing and translating materials (incl. into ethnic-minority languages); media',
    fixedNorms: false,
    followsRegulation: 'Thông tư 76/2018, 83/2021, 55/2023, 71/2018/TT-BTC; Nghị định 18/2014/NĐ-CP',
  },
  {
    code: 'special_materials',
    clause: 6,
    vi: 'Biên soạn tài liệu đặc thù: tờ gấp, tình huống, câu chuyện, tiểu phẩm pháp luật',
    en: 'Special materials: leaflets, legal Q&A situations, legal stories, legal sketches',
    fixedNorms: true,
    followsRegulation: null,
  },
  {
    code: 'rewards',
    clause: 7,
    vi: 'Khen thưởng cá nhân, tập thể có thành tích xuất sắc',
    en: 'Rewards for outstanding individuals and collectives',
    fixedNorms: false,
    followsRegulation: 'Pháp luật về thi đua, khen thưởng',
  },
  {
    code: 'surveys',
    clause: 8,
    vi: 'Điều tra, khảo sát',
    en: 'Surveys',
    fixedNorms: false,
    followsRegulation: 'Thông tư 109/2016/TT-BTC, Thông tư 37/2022/TT-BTC',
  },
  {
    code: 'overtime',
    clause: 9,
    vi: 'Tiền lương làm việc vào ban đêm, làm thêm giờ',
    en: 'Night work and overtime pay',
    fixedNorms: false,
    followsRegulation: 'Bộ luật Lao động',
  },
  {
    code: 'programme_drafting',
    clause: 10,
    vi: 'Xây dựng chương trình, đề án, kế hoạch và văn bản chỉ đạo, hướng dẫn',
    en: 'Drafting programmes, schemes, plans and guidance documents',
    fixedNorms: true,
    followsRegulation: null,
  },
  {
    code: 'speaker_remuneration',
    clause: 11,
    vi: 'Thù lao báo cáo viên, tuyên truyền viên, hòa giải viên với tư cách giảng viên; huy động chuyên gia',
    en: 'Remuneration of speakers acting as trainers (incl. mediators); experts',
    fixedNorms: false,
    followsRegulation: 'Thông tư 36/2018/TT-BTC, Thông tư 06/2023/TT-BTC, Thông tư 02/2015/TT-BLĐTBXH',
  },
  {
    code: 'legal_clubs',
    clause: 12,
    vi: 'Xây dựng và duy trì sinh hoạt Câu lạc bộ pháp luật, nhóm nòng cốt',
    en: 'Law clubs and core groups',
    fixedNorms: true,
    followsRegulation: null,
  },
  {
    code: 'contests',
    clause: 13,
    vi: 'Tổ chức cuộc thi, hội thi (kể cả hội thi hòa giải viên giỏi)',
    en: 'Contests (incl. the good-mediator contest)',
    fixedNorms: true,
    followsRegulation: 'Thông tư 40/2017/TT-BTC, Thông tư 69/2021/TT-BTC (ăn, ở, đề thi)',
  },
  {
    code: 'statistical_reports',
    clause: 14,
    vi: 'Báo cáo thống kê',
    en: 'Statistical reports',
    fixedNorms: true,
    followsRegulation: null,
  },
  {
    code: 'inspection',
    clause: 15,
    vi: 'Kiểm tra, giám sát, đánh giá định kỳ hoặc đột xuất',
    en: 'Inspection, supervision and evaluation',
    fixedNorms: false,
    followsRegulation: 'Thông tư 06/2007/TT-BTC, Thông tư 40/2017/TT-BTC',
  },
  {
    code: 'other',
    clause: 16,
    vi: 'Các khoản chi khác có liên quan trực tiếp',
    en: 'Other directly related costs',
    fixedNorms: false,
    followsRegulation: 'Chứng từ chi thực tế hợp pháp trong dự toán được duyệt',
  },
  {
    code: 'grassroots_mediation',
    clause: 17,
    vi: 'Các khoản chi công tác hòa giải ở cơ sở (thù lao, hỗ trợ tai nạn, mai táng, hoạt động tổ)',
    en: 'Grassroots mediation (remuneration, accident and funeral support, team operations)',
    fixedNorms: true,
    followsRegulation: 'Luật Bảo hiểm y tế Art. 22.1.đ; TTLT 02/2013/TTLT-BNV-BLĐTBXH-BTC-BYT (điểm b, c)',
  },
  {
    code: 'legal_document_review',
    clause: 18,
    vi: 'Kiểm tra, xử lý, rà soát, hệ thống hóa văn bản quy phạm pháp luật',
    en: 'Review and systematisation of legal documents',
    fixedNorms: false,
    followsRegulation: 'Thông tư 09/2023/TT-BTC',
  },
] as const;

/** A spending category of Circular 56/2023/TT-BTC Art. 3 (its code). */
export type SpendingCategory = (typeof spendingCategories)[number]['code'];

/** The category codes, in the order of the circular. */
export const spendingCategoryCodes = spendingCategories.map((c) => c.code) as [SpendingCategory, ...SpendingCategory[]];

/** A category code — Circular 56/2023/TT-BTC Art. 3. */
export const spendingCategorySchema = z.enum(spendingCategoryCodes);
