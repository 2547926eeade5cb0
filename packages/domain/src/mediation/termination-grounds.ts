/**
 * The grounds on which a mediator may be terminated (thôi làm hòa giải viên), as Law 35/2013 Art. 11.1 lists them,
 * each with its citation and the words a decision prints; and the Art. 7 standards in the words of the law, for
 * ground (b). R-MED-3.
 */
import type { MediatorStandard } from './check-candidate-standards.ts';
import type { TerminationGround } from './plan-termination.ts';

/** A ground of Art. 11.1: where the law says it, and how a decision or a screen words it. */
export type TerminationGroundText = { citation: string; vi: string; en: string };

/** Art. 11.1 (a), (b), (c) — the only grounds the law allows. */
export const terminationGrounds: Readonly<Record<TerminationGround, TerminationGroundText>> = {
  voluntary: {
    citation: 'điểm a khoản 1 Điều 11 Luật Hòa giải ở cơ sở',
    vi: 'Theo nguyện vọng của hòa giải viên',
    en: "At the mediator's own wish",
  },
  lost_standard: {
    citation: 'điểm b khoản 1 Điều 11 Luật Hòa giải ở cơ sở',
    vi: 'Hòa giải viên không còn đáp ứng một trong các tiêu chuẩn quy định tại Điều 7 của Luật Hòa giải ở cơ sở',
    en: 'The mediator no longer meets one of the standards of Art. 7 of the Law on Grassroots Mediation',
  },
  violation_or_sanctioned: {
    citation: 'điểm c khoản 1 Điều 11 Luật Hòa giải ở cơ sở',
    vi: 'Vi phạm nguyên tắc tổ chức, hoạt động hòa giải ở cơ sở quy định tại Điều 4 của Luật Hòa giải ở cơ sở hoặc không có điều kiện tiếp tục làm hòa giải viên do bị xử lý vi phạm pháp luật',
    en: 'Broke the principles of Art. 4 of the Law on Grassroots Mediation, or cannot continue because they were dealt with for a violation of the law',
  },
};

/** The Art. 7 standards in the law's words, for a ground (b) decision ("không còn … "). */
export const mediatorStandardTexts: Readonly<Record<MediatorStandard, { vi: string; en: string }>> = {
  citizenship: { vi: 'là công dân Việt Nam', en: 'is a Vietnamese citizen' },
  permanent_residence: { vi: 'thường trú tại cơ sở', en: 'has permanent residence in the village' },
  voluntary: { vi: 'tự nguyện tham gia hoạt động hòa giải', en: 'volunteers for mediation' },
  good_character: {
    vi: 'có phẩm chất đạo đức tốt; có uy tín trong cộng đồng dân cư',
    en: 'has good moral character and is respected in the community',
  },
  persuasion: { vi: 'có khả năng thuyết phục, vận động nhân dân', en: 'can persuade and mobilise people' },
  legal_knowledge: { vi: 'có hiểu biết pháp luật', en: 'has legal knowledge' },
};

/**
 * The reason as a decision prints it: the ground, the lost standard for (b), and the citation.
 * @example terminationReasonText('lost_standard', 'permanent_residence') // 'Hòa giải viên không còn … (không còn thường trú tại cơ sở) (theo điểm b …)'
 */
export function terminationReasonText(ground: TerminationGround, lostStandard: MediatorStandard | null = null): string {
  const g = terminationGrounds[ground];
  const detail =
    ground === 'lost_standard' && lostStandard !== null ? ` (không còn ${mediatorStandardTexts[lostStandard].vi})` : '';
  return `${g.vi}${detail} (theo ${g.citation})`;
}
