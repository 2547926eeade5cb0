/** A small commune seed for tests that must not depend on the full Pờ Tó plan. */
import type { CommuneSeed } from '../src/seed.ts';

export function smallSeed(code = '99001'): CommuneSeed {
  return {
    commune: { code, name: `Xã Thử ${code}`, provinceCode: '52', provinceName: 'Tỉnh Gia Lai' },
    villages: [{ name: 'Làng A', ethnicMinorityArea: true, households: 120 }],
    agencies: [{ code: 'office', name: 'Văn phòng HĐND và UBND xã', shortName: 'VP', internal: true }],
    plan: {
      code: 'KH-315',
      title: 'Kế hoạch thử',
      communeCode: code,
      basis: ['QĐ 315/QĐ-TTg'],
      startYear: 2025,
      endYear: 2030,
      funding: ['Ngân sách nhà nước'],
      groups: [
        {
          code: '1',
          title: 'Quán triệt Đề án',
          activities: [],
          weight: 1,
          tasks: [
            {
              code: '1',
              content: 'Quán triệt, triển khai Đề án',
              leadAgency: 'office',
              leadNote: null,
              coordinatingAgencies: [],
              coordinatingOthers: 'các phòng, ban chuyên môn có liên quan',
              timingText: 'Hàng năm.',
              timing: { kind: 'yearly' },
              expectedEvidence: ['Kế hoạch'],
              weight: 1,
            },
          ],
        },
      ],
    },
  };
}
