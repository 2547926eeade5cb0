/**
 * The written successful-mediation record (văn bản hòa giải thành) — Law 35/2013 Art. 24.2, rule R-CASE-3.
 * Optional (the parties choose to make one), but when made it must hold all eight contents (a)–(h).
 */
import { z } from 'zod';
import { entityIdSchema } from './ids.ts';
import { issue, type Issue } from './issue.ts';
import { parseInput } from '../errors/parse-input.ts';

const text = z.string().trim().max(20_000).default('');

/** A draft record: any content may still be empty; `checkWrittenAgreement` lists what is missing. */
export const writtenAgreementSchema = z
  .object({
    /** (a) căn cứ tiến hành hòa giải — Art. 16: a party's request, the mediator's own knowledge, an assignment. */
    basis: text,
    /** (b) thông tin cơ bản về các bên. */
    parties: z.array(z.object({ partyId: entityIdSchema, fullName: text, address: text }).strict()).default([]),
    /** (c) nội dung chủ yếu của vụ, việc. */
    matterSummary: text,
    /** (d) diễn biến của quá trình hòa giải. */
    mediationCourse: text,
    /** (đ) thỏa thuận đạt được và giải pháp thực hiện. */
    agreementAndMeasures: text,
    /** (e) quyền và nghĩa vụ của các bên. */
    rightsAndObligations: text,
    /** (g) phương thức, thời hạn thực hiện thỏa thuận. */
    performanceMethodAndTime: text,
    /** (h) the mediators who conducted it, and every mark made: signature (chữ ký) or fingerprint (điểm chỉ). */
    mediatorIds: z.array(entityIdSchema).default([]),
    signatures: z
      .array(z.object({ signerId: entityIdSchema, mark: z.enum(['signature', 'fingerprint']) }).strict())
      .default([]),
  })
  .strict();
export type WrittenAgreementInput = z.input<typeof writtenAgreementSchema>;
export type WrittenAgreement = z.infer<typeof writtenAgreementSchema>;

/**
 * Every missing required content of a written record, in the order (a)–(h) (Law 35/2013 Art. 24.2; R-CASE-3):
 * at least two parties each with name and address, and a signature or fingerprint of every party and mediator.
 * @example checkWrittenAgreement(draft).map((i) => i.params.item) // ['c', 'h']
 */
export function checkWrittenAgreement(record: WrittenAgreementInput): Issue[] {
  const r = parseInput(writtenAgreementSchema, record);
  const signed = new Set(r.signatures.map((s) => s.signerId));
  const issues: Issue[] = [];
  if (r.basis === '') issues.push(issue('AGREEMENT.MISSING_BASIS', { item: 'a' }));
  if (r.parties.length < 2) issues.push(issue('AGREEMENT.TOO_FEW_PARTIES', { item: 'b' }));
  for (const p of r.parties) {
    if (p.fullName === '' || p.address === '')
      issues.push(issue('AGREEMENT.MISSING_PARTY_INFO', { item: 'b', party: p.fullName || p.partyId }));
  }
  if (r.matterSummary === '') issues.push(issue('AGREEMENT.MISSING_MATTER', { item: 'c' }));
  if (r.mediationCourse === '') issues.push(issue('AGREEMENT.MISSING_COURSE', { item: 'd' }));
  if (r.agreementAndMeasures === '') issues.push(issue('AGREEMENT.MISSING_TERMS', { item: 'đ' }));
  if (r.rightsAndObligations === '') issues.push(issue('AGREEMENT.MISSING_RIGHTS_OBLIGATIONS', { item: 'e' }));
  if (r.performanceMethodAndTime === '') issues.push(issue('AGREEMENT.MISSING_PERFORMANCE', { item: 'g' }));
  if (r.mediatorIds.length === 0) issues.push(issue('AGREEMENT.NO_MEDIATOR', { item: 'h' }));
  for (const p of r.parties)
    if (!signed.has(p.partyId))
      issues.push(issue('AGREEMENT.MISSING_SIGNATURE', { item: 'h', signer: p.fullName || p.partyId }));
  for (const m of r.mediatorIds)
    if (!signed.has(m)) issues.push(issue('AGREEMENT.MISSING_SIGNATURE', { item: 'h', signer: m }));
  return issues;
}
