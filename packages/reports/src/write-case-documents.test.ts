import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { readDocx } from '../test/read-docx.ts';
import {
  writeCourtRecognitionRequestDocx,
  type CourtRecognitionRequestDocument,
} from './write-court-recognition-request-docx.ts';
import { writeReferralLetterDocx, type ReferralLetter } from './write-referral-letter-docx.ts';
import { writeWrittenAgreementDocx, type WrittenAgreementDocument } from './write-written-agreement-docx.ts';

const agreement: WrittenAgreementDocument = {
  place: 'Pờ Tó',
  agreedOn: '2030-08-31',
  teamName: 'Tổ hòa giải làng Bi Dông',
  villageName: 'làng Bi Dông',
  partyBirthYears: { p1: 1980 },
  mediators: [
    { mediatorId: 'm1', fullName: 'Rơ Mah H’Bla' },
    { mediatorId: 'm2', fullName: 'Đinh Blui' },
  ],
  agreement: {
    basis: 'Ông Đinh Văn Hùng yêu cầu hòa giải (Điều 16.1 Luật Hòa giải ở cơ sở).',
    parties: [
      { partyId: 'p1', fullName: 'Đinh Văn Hùng', address: 'làng Bi Dông' },
      { partyId: 'p2', fullName: 'Rơ Châm Y Lan', address: 'làng Bi Da' },
    ],
    matterSummary: 'Tranh chấp lối đi chung giữa hai hộ.',
    mediationCourse: 'Hai buổi hòa giải ngày 28 và 31/8/2030 tại nhà văn hóa làng.',
    agreementAndMeasures: 'Hộ ông Hùng mở lại lối đi rộng 2 m.',
    rightsAndObligations: 'Hộ ông Hùng tháo hàng rào; bà Y Lan không đi qua vườn.',
    performanceMethodAndTime: 'Trước ngày 30/9/2030.',
    mediatorIds: ['m1', 'm2'],
    signatures: [],
  },
};

describe('writeWrittenAgreementDocx (Law 35/2013 Art. 24.2; R-CASE-3)', async () => {
  const doc = await readDocx(await writeWrittenAgreementDocx(agreement));
  const has = (text: string) => expect(doc.paragraphs).toContain(text);
  it('prints the contents (a)–(g) in order under the national heading', () => {
    has('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    has('Pờ Tó, ngày 31 tháng 8 năm 2030');
    has('VĂN BẢN HÒA GIẢI THÀNH');
    const order = [
      '1. Căn cứ tiến hành hòa giải',
      '2. Thông tin cơ bản về các bên',
      'Bên thứ 1: Đinh Văn Hùng, sinh năm 1980; địa chỉ: làng Bi Dông.',
      'Bên thứ 2: Rơ Châm Y Lan; địa chỉ: làng Bi Da.',
      'Hòa giải viên: Rơ Mah H’Bla, Đinh Blui.',
      '3. Nội dung chủ yếu của vụ, việc',
      '4. Diễn biến của quá trình hòa giải',
      '5. Thỏa thuận đạt được và giải pháp thực hiện',
      '6. Quyền và nghĩa vụ của các bên',
      '7. Phương thức, thời hạn thực hiện thỏa thuận',
    ].map((t) => doc.paragraphs.indexOf(t));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
  });
  it('leaves a place for each party to sign or fingerprint and each mediator to sign (h)', () => {
    has('CÁC BÊN');
    has('(Ký hoặc điểm chỉ, ghi rõ họ tên)');
    has('HÒA GIẢI VIÊN');
    for (const name of ['Đinh Văn Hùng', 'Rơ Châm Y Lan', 'Rơ Mah H’Bla', 'Đinh Blui']) has(name);
  });
  it('tells the parties the court deadline, provisional after 2030 (31/08/2030 → 28/02/2031)', () => {
    expect(doc.paragraphs.some((p) => p.includes('đến hết ngày 28/02/2031 (dự kiến'))).toBe(true);
  });
  it('refuses to print a record missing a content other than the signatures', async () => {
    await expect(
      writeWrittenAgreementDocx({ ...agreement, agreement: { ...agreement.agreement, rightsAndObligations: '' } }),
    ).rejects.toMatchObject({ code: 'CASE.WRITTEN_AGREEMENT_INCOMPLETE', params: { count: 1 } });
    await expect(writeWrittenAgreementDocx({ ...agreement, mediators: [] })).rejects.toBeInstanceOf(ZodError);
  });
});

const frame = {
  issuer: { parentName: 'Ủy ban nhân dân tỉnh Gia Lai', name: 'Ủy ban nhân dân xã Pờ Tó' },
  documentNumber: null,
  place: 'Pờ Tó',
  date: '2026-05-05',
  recipients: ['Như trên'],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'Chủ tịch', name: null },
};
const letter: ReferralLetter = {
  ...frame,
  target: 'police',
  person: { fullName: 'Siu Thanh', address: 'làng Bi Dông' },
  trackingCode: 'HG-7K3M-Q9TX',
  reasons: ['SCOPE.CRIMINAL_PROSECUTION'],
};

describe('writeReferralLetterDocx (Law 35/2013 Art. 21.3; R-SCOPE-1)', async () => {
  const doc = await readDocx(await writeReferralLetterDocx(letter));
  const has = (text: string) => expect(doc.paragraphs).toContain(text);
  it('addresses the competent body and names the person, the tracking code and the reason', () => {
    has('GIẤY GIỚI THIỆU');
    has('Số:      /GGT-UBND');
    has('Kính gửi: Công an xã (trình báo, tố giác).');
    expect(doc.paragraphs.some((p) => p.includes('ông/bà Siu Thanh') && p.includes('HG-7K3M-Q9TX'))).toBe(true);
    has('- Hành vi phải bị truy cứu trách nhiệm hình sự không được hòa giải ở cơ sở.');
    expect(doc.paragraphs.join('\n')).not.toMatch(/Xô xát|thương tích/);
  });
  it('uses the exact body name when given, and refuses an unknown reason', async () => {
    const named = await readDocx(await writeReferralLetterDocx({ ...letter, bodyName: 'Công an xã Pờ Tó' }));
    expect(named.paragraphs).toContain('Kính gửi: Công an xã Pờ Tó.');
    await expect(writeReferralLetterDocx({ ...letter, reasons: ['Đánh nhau'] })).rejects.toBeInstanceOf(ZodError);
  });
});

const request: CourtRecognitionRequestDocument = {
  place: 'Pờ Tó',
  date: '2031-02-28',
  requesters: [{ fullName: 'Đinh Văn Hùng', birthYear: 1980, address: 'làng Bi Dông', phone: '0905123456' }],
  otherParties: [{ fullName: 'Rơ Châm Y Lan', address: 'làng Bi Da' }],
  teamName: 'Tổ hòa giải làng Bi Dông',
  teamAddress: 'làng Bi Dông, xã Pờ Tó, tỉnh Gia Lai',
  mediators: ['Rơ Mah H’Bla', 'Đinh Blui'],
  agreedOn: '2030-08-31',
  agreement: 'Hộ ông Hùng mở lại lối đi rộng 2 m trước ngày 30/9/2030.',
};

describe('writeCourtRecognitionRequestDocx (Civil Procedure Code 2015 Art. 416–419)', async () => {
  const doc = await readDocx(await writeCourtRecognitionRequestDocx(request));
  const has = (text: string) => expect(doc.paragraphs).toContain(text);
  it('addresses the regional court with the requester, the related person, the team and the agreement', () => {
    has('ĐƠN YÊU CẦU');
    has('Kính gửi: Tòa án nhân dân khu vực 12 – Gia Lai');
    has('- Đinh Văn Hùng, sinh năm 1980; địa chỉ: làng Bi Dông; điện thoại: 0905123456.');
    has('- Rơ Châm Y Lan; địa chỉ: làng Bi Da.');
    has('Hộ ông Hùng mở lại lối đi rộng 2 m trước ngày 30/9/2030.');
    has('1. Văn bản hòa giải thành ngày 31/08/2030');
  });
  it('files on the last day of the window after 2030, and refuses the day after (Art. 418.1)', async () => {
    expect(doc.paragraphs.some((p) => p.includes('đến hết ngày 28/02/2031'))).toBe(true);
    await expect(writeCourtRecognitionRequestDocx({ ...request, date: '2031-03-01' })).rejects.toMatchObject({
      code: 'COURT.DEADLINE_PASSED',
      params: { deadline: '2031-02-28' },
    });
  });
  it('refuses a request without a requester', async () => {
    await expect(writeCourtRecognitionRequestDocx({ ...request, requesters: [] })).rejects.toBeInstanceOf(ZodError);
  });
});
