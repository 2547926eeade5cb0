/** The 2026 logbook of làng Bi Dông's team: a success with an elder invited, a party's stop, a case found out of scope. */
import type { LogbookExport } from '../src/logbook-export.ts';

const hla = { mediatorId: 'm1', fullName: 'Rơ Mah H’Bla' };
const blui = { mediatorId: 'm2', fullName: 'Đinh Blui' };
export const biDong2026Logbook: LogbookExport = {
  provinceName: 'Gia Lai',
  communeName: 'xã Pờ Tó',
  villageName: 'làng Bi Dông',
  teamName: 'Tổ hòa giải làng Bi Dông',
  volume: '01',
  openedOn: '2026-01-02',
  year: 2026,
  cases: [
    {
      caseId: 'c2',
      receivedOn: '2026-04-06',
      category: 'marriage_family',
      status: 'stopped_by_party',
      mediators: [blui],
      parties: [{ fullName: 'Đinh Thị Hoa', birthYear: 1992, address: 'làng Bi Dông' }],
      summary: 'Mâu thuẫn vợ chồng về chăm sóc con',
      agreementOrDemands: 'Bà Hoa đề nghị chồng góp tiền nuôi con',
    },
    {
      caseId: 'c1',
      receivedOn: '2026-03-02',
      category: 'interpersonal_conflict',
      status: 'performed',
      mediators: [hla, blui],
      invited: ['A Nhơn'],
      parties: [
        { fullName: 'Đinh Văn Hùng', birthYear: 1980, address: 'làng Bi Dông' },
        { fullName: 'Rơ Châm Y Lan', birthYear: null, address: 'làng Bi Da' },
      ],
      summary: 'Tranh chấp lối đi chung giữa hai hộ',
      agreementOrDemands: 'Mở lại lối đi rộng 2 m trước 30/4/2026',
      endedOn: '2026-03-10',
    },
    {
      caseId: 'c3',
      receivedOn: '2026-05-04',
      category: 'minor_violation',
      status: 'out_of_scope',
      mediators: [hla],
      parties: [{ fullName: 'Siu Thanh', birthYear: 2001, address: 'làng Bi Dông' }],
      summary: 'Xô xát, có dấu hiệu cố ý gây thương tích',
      referrals: ['police'],
      reportedTo: ['police'],
    },
    {
      caseId: 'c0',
      receivedOn: '2025-12-20',
      category: 'civil',
      status: 'successful',
      mediators: [hla],
      parties: [{ fullName: 'Năm trước', birthYear: null, address: 'làng Bi Dông' }],
      summary: 'Vụ việc năm 2025',
    },
  ],
};
