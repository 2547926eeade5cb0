import { describe, expect, it } from 'vitest';
import { checkWrittenAgreement, type WrittenAgreementInput } from './check-written-agreement.ts';

const completeAgreement: WrittenAgreementInput = {
  basis: 'Theo yêu cầu của hai bên (Điều 16.1)',
  parties: [
    { partyId: 'p1', fullName: 'Đinh Văn A', address: 'Làng Bi Dông, xã Pờ Tó' },
    { partyId: 'p2', fullName: 'Rơ Mah B', address: 'Làng Bi Da, xã Pờ Tó' },
  ],
  matterSummary: 'Tranh chấp lối đi chung giữa hai hộ',
  mediationCourse: 'Hai buổi hòa giải tại nhà văn hóa làng',
  agreementAndMeasures: 'Mở lại lối đi rộng 1,5 m',
  rightsAndObligations: 'Hộ A tháo hàng rào; hộ B chịu một nửa chi phí',
  performanceMethodAndTime: 'Trước ngày 30/6/2026',
  mediatorIds: ['m1'],
  signatures: [
    { signerId: 'p1', mark: 'signature' },
    { signerId: 'p2', mark: 'fingerprint' },
    { signerId: 'm1', mark: 'signature' },
  ],
};

describe('checkWrittenAgreement (Law 35/2013 Art. 24.2, R-CASE-3)', () => {
  it('accepts a record with the eight contents, a fingerprint counting as a signature', () => {
    expect(checkWrittenAgreement(completeAgreement)).toEqual([]);
  });
  it('lists every missing content of an empty draft, in the order (a)–(h)', () => {
    const issues = checkWrittenAgreement({});
    expect(issues.map((i) => i.params.item)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h']);
    expect(issues.map((i) => i.code)).toContain('AGREEMENT.TOO_FEW_PARTIES');
  });
  it('treats blank text as missing', () => {
    expect(
      checkWrittenAgreement({ ...completeAgreement, matterSummary: '   ', performanceMethodAndTime: '' }).map(
        (i) => i.code,
      ),
    ).toEqual(['AGREEMENT.MISSING_MATTER', 'AGREEMENT.MISSING_PERFORMANCE']);
  });
  it('requires the name and address of each party, and a mark from every party and mediator', () => {
    const issues = checkWrittenAgreement({
      ...completeAgreement,
      parties: [
        { partyId: 'p1', fullName: 'Đinh Văn A', address: '' },
        { partyId: 'p2', fullName: '', address: 'Làng Bi Da' },
      ],
      mediatorIds: ['m1', 'm2'],
      signatures: [
        { signerId: 'p1', mark: 'signature' },
        { signerId: 'm1', mark: 'signature' },
      ],
    });
    expect(issues.map((i) => [i.code, i.params.item])).toEqual([
      ['AGREEMENT.MISSING_PARTY_INFO', 'b'],
      ['AGREEMENT.MISSING_PARTY_INFO', 'b'],
      ['AGREEMENT.MISSING_SIGNATURE', 'h'],
      ['AGREEMENT.MISSING_SIGNATURE', 'h'],
    ]);
    expect(issues[0]?.params.party).toBe('Đinh Văn A');
    expect(issues[2]?.params.signer).toBe('p2');
    expect(issues[3]?.params.signer).toBe('m2');
  });
  it('requires at least two parties and a named mediator', () => {
    const codes = checkWrittenAgreement({
      ...completeAgreement,
      parties: completeAgreement.parties?.slice(0, 1),
      mediatorIds: [],
    }).map((i) => i.code);
    expect(codes).toEqual(['AGREEMENT.TOO_FEW_PARTIES', 'AGREEMENT.NO_MEDIATOR']);
  });
  it('refuses unknown marks and fields', () => {
    const invalid = expect.objectContaining({ code: 'INPUT.INVALID' });
    expect(() => checkWrittenAgreement({ signatures: [{ signerId: 'p1', mark: 'stamp' as 'signature' }] })).toThrow(
      invalid,
    );
    expect(() => checkWrittenAgreement({ witness: 'x' } as never)).toThrow(invalid);
  });
});
