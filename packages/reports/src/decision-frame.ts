/**
 * What the commune chairman's decisions on mediators share (Quyết định cá biệt, Decree 30/2020/NĐ-CP Phụ lục III
 * mẫu 1.4): the issuer, a QĐ-UBND number and a date (left blank for the clerk until given), the chairman (or a
 * deputy "KT. CHỦ TỊCH") signing in their own right, the village and team concerned, and the extra recipients —
 * the recipients the law names (Law 35/2013 Art. 8.4, 11.3) are always printed.
 */
import { isoDateSchema } from '@hgcs/domain';
import { z } from 'zod';
import { documentFrameShape, printable, type DocumentFrame } from './document-frame.ts';

/** A person a decision names. */
export const decisionPersonSchema = z
  .object({
    fullName: printable(120),
    birthYear: z.number().int().min(1900).max(2100),
    sex: z.enum(['female', 'male']),
    /** Printed only where given (personal data: the caller decides). */
    ethnicity: printable(60).nullable().default(null),
  })
  .strict();
export type DecisionPerson = z.input<typeof decisionPersonSchema>;

/** The fields every decision has, to spread into a decision's schema. */
export const decisionShape = {
  issuer: documentFrameShape.issuer,
  documentNumber: documentFrameShape.documentNumber,
  place: documentFrameShape.place,
  date: documentFrameShape.date,
  /** The chairman signs "CHỦ TỊCH"; a deputy "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". A null name leaves the line for the pen. */
  signer: z.object({ deputy: z.boolean().default(false), name: printable(100).nullable() }).strict(),
  /** The village as the decision names it, unit word included ('làng Bi Dông', 'thôn Mới'). */
  village: printable(120),
  /** The team's full name ('Tổ hòa giải làng Bi Dông'). */
  team: printable(200),
  /** The office that carries out the decision, by its head's title. */
  executingOffice: printable(200).default('Chánh Văn phòng HĐND và UBND xã'),
  /** Recipients beyond those the law names; '- Lưu: VT.' is added by the writer. */
  extraRecipients: documentFrameShape.recipients.default([]),
  /** The proposal the decision answers: who sent it and when (null: not printed). */
  proposal: z.object({ by: printable(300), date: isoDateSchema.nullable() }).strict(),
};

type DecisionCommon = { [K in keyof typeof decisionShape]: z.infer<(typeof decisionShape)[K]> };

/** 'ông' or 'bà', as a decision addresses a person. */
export const honorific = (sex: 'female' | 'male') => (sex === 'female' ? 'bà' : 'ông');

/** The Decree 30 frame of a chairman's decision: statutory recipients first, the chairman's signature block. */
export function decisionFrame(d: DecisionCommon): DocumentFrame {
  return {
    issuer: d.issuer,
    documentNumber: d.documentNumber,
    place: d.place,
    date: d.date,
    recipients: ['Như Điều 3', 'Ban Thường trực Ủy ban MTTQ Việt Nam xã', ...d.extraRecipients],
    signer: d.signer.deputy
      ? { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: d.signer.name }
      : { authority: null, title: 'CHỦ TỊCH', name: d.signer.name },
  };
}

/** The legal bases every decision on mediators cites. */
export const mediationLegalBases = [
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
  'Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;',
  'Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27 tháng 02 năm 2014 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở;',
  'Căn cứ Nghị quyết liên tịch số 01/2014/NQLT/CP-UBTƯMTTQVN ngày 18 tháng 11 năm 2014 của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn phối hợp thực hiện một số quy định của pháp luật về hòa giải ở cơ sở;',
] as const;

/** Article 3 of every decision: who carries it out, and the public announcement in the village (Art. 8.4, 11.3). */
export function executionArticle(d: DecisionCommon, named: string): string {
  return (
    `${d.executingOffice}, Trưởng ban công tác Mặt trận ${d.village}, Trưởng ${d.village}, ${named} chịu trách nhiệm thi hành Quyết định này. ` +
    `Trưởng ${d.village} thông báo công khai Quyết định này tại ${d.village}./.`
  );
}
