/** Realistic decisions of xã Pờ Tó's chairman on the mediators of làng Bi Dông, for the writers' tests. */
import type { MediatorRecognition } from '../src/write-mediator-recognition-docx.ts';

export const biDongDecision = {
  issuer: { parentName: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI', name: 'ỦY BAN NHÂN DÂN XÃ PỜ TÓ' },
  documentNumber: '45/QĐ-UBND',
  place: 'Pờ Tó',
  date: '2026-03-13',
  signer: { deputy: false, name: 'Ksor Thu' },
  village: 'làng Bi Dông',
  team: 'Tổ hòa giải làng Bi Dông',
  extraRecipients: [
    'Trưởng ban công tác Mặt trận làng Bi Dông',
    'Trưởng làng Bi Dông',
    'Các hòa giải viên có tên tại Điều 1',
  ],
  proposal: { by: 'Trưởng ban công tác Mặt trận làng Bi Dông', date: '2026-03-09' },
} as const;

export const biDongRecognition: MediatorRecognition = {
  ...biDongDecision,
  extraRecipients: [...biDongDecision.extraRecipients],
  mediators: [
    { fullName: 'Đinh Thị Hờ', birthYear: 1975, sex: 'female', ethnicity: 'Ba Na' },
    { fullName: 'Rơ Mah Blưh', birthYear: 1968, sex: 'male', ethnicity: 'Jrai' },
    { fullName: 'Nguyễn Văn Tâm', birthYear: 1980, sex: 'male', ethnicity: 'Kinh' },
  ],
};
