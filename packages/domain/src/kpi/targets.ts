/**
 * The numeric targets of Đề án 315 (Decision 315/QĐ-TTg, 17/04/2024, "Nâng cao năng lực đội ngũ hòa giải viên ở
 * cơ sở giai đoạn 2024–2030") as data, with their source. 🟡 Read in news summaries, not the full text; one target
 * ("Phấn đấu đến hết năm 2030, mỗi …") is cut off in every source and is not coded (❓ domain-reference §3.1).
 */

/** A percentage target: the indicator's rate compared with a threshold (`gte` ≥, `gt` >). */
export type RateTarget = {
  id: string;
  kind: 'rate';
  vi: string;
  en: string;
  comparator: 'gte' | 'gt';
  thresholdPercent: number;
  /** Who the target binds: every commune, central pilot communes only, or the province (trainers). */
  level: 'commune' | 'pilot_commune' | 'province';
  dueYear: number;
  source: string;
};

/** A coverage target: at least one trainer per `teamsPerTrainer` teams. */
export type CoverageTarget = Omit<RateTarget, 'kind' | 'comparator' | 'thresholdPercent'> & {
  kind: 'coverage';
  teamsPerTrainer: number;
};

export type Decision315Target = RateTarget | CoverageTarget;

const source = 'Quyết định 315/QĐ-TTg ngày 17/04/2024 (🟡 tóm tắt báo chí)';

/** Every coded target of Decision 315/QĐ-TTg, by id. */
export const decision315Targets = {
  teams_consolidated: {
    id: 'teams_consolidated',
    kind: 'rate',
    vi: '100% tổ hòa giải được củng cố, kiện toàn bảo đảm đủ số lượng, thành phần (Điều 12 Luật Hòa giải ở cơ sở)',
    en: '100% of mediation teams consolidated with enough members and the required composition (Law Art. 12)',
    comparator: 'gte',
    thresholdPercent: 100,
    level: 'commune',
    dueYear: 2030,
    source,
  },
  teams_with_legal_support: {
    id: 'teams_with_legal_support',
    kind: 'rate',
    vi: 'Ít nhất 10% tổ hòa giải được hỗ trợ về chuyên môn pháp luật (luật sư, luật gia, hội thẩm, công an, bộ đội biên phòng, công chức pháp luật, nguyên thẩm phán, kiểm sát viên, điều tra viên)',
    en: 'At least 10% of teams supported by legal professionals',
    comparator: 'gte',
    thresholdPercent: 10,
    level: 'commune',
    dueYear: 2030,
    source,
  },
  mediators_with_material_access: {
    id: 'mediators_with_material_access',
    kind: 'rate',
    vi: '100% hòa giải viên được tiếp cận, sử dụng bộ tài liệu bồi dưỡng của Bộ Tư pháp',
    en: "100% of mediators access and use the ministry's training material set",
    comparator: 'gte',
    thresholdPercent: 100,
    level: 'commune',
    dueYear: 2030,
    source,
  },
  success_rate: {
    id: 'success_rate',
    kind: 'rate',
    vi: 'Đến hết năm 2030, tỷ lệ hòa giải thành đạt từ 85% trở lên',
    en: 'By end-2030, a mediation success rate of at least 85%',
    comparator: 'gte',
    thresholdPercent: 85,
    level: 'commune',
    dueYear: 2030,
    source,
  },
  success_rate_pilot: {
    id: 'success_rate_pilot',
    kind: 'rate',
    vi: 'Tại các xã điểm chỉ đạo của Trung ương, tỷ lệ hòa giải thành đạt trên 90%',
    en: 'In central pilot communes, a success rate above 90%',
    comparator: 'gt',
    thresholdPercent: 90,
    level: 'pilot_commune',
    dueYear: 2030,
    source,
  },
  trainers_trained: {
    id: 'trainers_trained',
    kind: 'rate',
    vi: '100% tập huấn viên cấp tỉnh, cấp huyện được tập huấn, cung cấp tài liệu',
    en: '100% of provincial and district trainers trained and given materials',
    comparator: 'gte',
    thresholdPercent: 100,
    level: 'province',
    dueYear: 2030,
    source,
  },
  district_trainer_coverage: {
    id: 'district_trainer_coverage',
    kind: 'coverage',
    vi: 'Ít nhất 01 tập huấn viên cấp huyện/80 tổ hòa giải (❓ cấp huyện không còn từ 01/07/2025)',
    en: 'At least 1 district trainer per 80 teams (❓ no district level since 01/07/2025)',
    teamsPerTrainer: 80,
    level: 'province',
    dueYear: 2030,
    source,
  },
  provincial_trainer_coverage: {
    id: 'provincial_trainer_coverage',
    kind: 'coverage',
    vi: 'Ít nhất 01 tập huấn viên cấp tỉnh/100 tổ hòa giải',
    en: 'At least 1 provincial trainer per 100 teams',
    teamsPerTrainer: 100,
    level: 'province',
    dueYear: 2030,
    source,
  },
} as const satisfies Record<string, Decision315Target>;

/** The id of a coded Decision 315 target. */
export type Decision315TargetId = keyof typeof decision315Targets;
