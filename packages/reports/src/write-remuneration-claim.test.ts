import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { readDocx } from '../test/read-docx.ts';
import { readXlsx, sheetRows } from '../test/read-xlsx.ts';
import type { RemunerationClaimDocument } from './remuneration-claim-export.ts';
import { writeRemunerationClaimDocx } from './write-remuneration-claim-docx.ts';
import { writeRemunerationClaimXlsx } from './write-remuneration-claim-xlsx.ts';

const biDong = { teamId: 't1', teamName: 'Tổ hòa giải làng Bi Dông' };
const biDa = { teamId: 't2', teamName: 'Tổ hòa giải làng Bi Da' };
const hla = { mediatorId: 'm1', fullName: 'Rơ Mah H’Bla' };
const blui = { mediatorId: 'm2', fullName: 'Đinh Blui' };
const claim: RemunerationClaimDocument = {
  issuer: { parentName: 'Ủy ban nhân dân tỉnh Gia Lai', name: 'Ủy ban nhân dân xã Pờ Tó' },
  documentNumber: null,
  place: 'Pờ Tó',
  date: '2026-04-03',
  recipients: ['Phòng Kinh tế xã', 'Các tổ hòa giải'],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'Chủ tịch', name: null },
  communeName: 'xã Pờ Tó',
  period: { from: '2026-01-01', to: '2026-03-31', alreadyPaidCaseIds: ['paid'] },
  cases: [
    {
      caseId: 'a',
      trackingCode: 'HG-7K3M-Q9TX',
      ...biDong,
      status: 'performed',
      endedOn: '2026-03-10',
      mediators: [hla, blui],
    },
    {
      caseId: 'b',
      trackingCode: 'HG-22AB-CD34',
      ...biDa,
      status: 'unsuccessful',
      endedOn: '2026-02-02',
      mediators: [blui],
    },
    {
      caseId: 'paid',
      trackingCode: 'HG-0000-0001',
      ...biDong,
      status: 'successful',
      endedOn: '2026-01-20',
      mediators: [hla],
    },
    { caseId: 'x', trackingCode: 'HG-0000-0002', ...biDong, status: 'out_of_scope', endedOn: null, mediators: [hla] },
  ],
};

const { issuer: _i, documentNumber: _n, place: _p, date: _d, recipients: _r, signer: _s, ...data } = claim;

describe('writeRemunerationClaimXlsx (Circular 56/2023 Art. 3.17.a; R-FUND-3)', async () => {
  const workbook = await readXlsx(await writeRemunerationClaimXlsx(data));
  it('lists each paid case once with its shares and the total', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Theo vụ việc',
      'Theo hòa giải viên',
      'Theo tổ',
      'Không đề nghị',
    ]);
    const rows = sheetRows(workbook.getWorksheet('Theo vụ việc')!);
    expect(rows.slice(2).map((r) => [r[0], r[1], r[4], r[5], r[7]])).toEqual([
      [1, 'HG-22AB-CD34', 'Không thành', 300_000, 300_000],
      [2, 'HG-7K3M-Q9TX', 'Hòa giải thành', 400_000, 400_000],
      [null, null, null, null, 700_000],
    ]);
    expect(rows[3]?.[6]).toBe('Rơ Mah H’Bla: 200.000\nĐinh Blui: 200.000');
  });
  it('sums per mediator and per team', () => {
    const byMediator = sheetRows(workbook.getWorksheet('Theo hòa giải viên')!).slice(2);
    expect(byMediator.map((r) => [r[1], r[2], r[3], r[4]])).toEqual([
      ['Đinh Blui', 'Tổ hòa giải làng Bi Da', 1, 300_000],
      ['Rơ Mah H’Bla', 'Tổ hòa giải làng Bi Dông', 1, 200_000],
      ['Đinh Blui', 'Tổ hòa giải làng Bi Dông', 1, 200_000],
    ]);
    const byTeam = sheetRows(workbook.getWorksheet('Theo tổ')!).slice(2);
    expect(byTeam.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Tổ hòa giải làng Bi Da', 1, 300_000],
      ['Tổ hòa giải làng Bi Dông', 1, 400_000],
      ['Tổng cộng', 2, 700_000],
    ]);
  });
  it('says why a case is left out: already paid, out of scope', () => {
    const rows = sheetRows(workbook.getWorksheet('Không đề nghị')!).slice(2);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['HG-0000-0002', 'Không đủ điều kiện hưởng thù lao'],
      ['HG-0000-0001', 'Đã thanh toán ở đợt trước'],
    ]);
    expect(String(rows[0]?.[3])).toMatch(/phạm vi/);
  });
});

describe('writeRemunerationClaimDocx (Decree 30/2020 layout)', async () => {
  const doc = await readDocx(await writeRemunerationClaimDocx(claim));
  const has = (text: string) => expect(doc.paragraphs).toContain(text);
  it('frames the list for the commune to confirm, with a blank number for the clerk', () => {
    has('ỦY BAN NHÂN DÂN XÃ PỜ TÓ');
    has('Số:      /DS-UBND');
    has('DANH SÁCH');
    has('Đề nghị thanh toán thù lao cho hòa giải viên từ ngày 01/01/2026 đến ngày 31/03/2026');
    has('TM. ỦY BAN NHÂN DÂN');
  });
  it('lists the cases, the shares, the teams and the total', () => {
    has('Rơ Mah H’Bla: 200.000\nĐinh Blui: 200.000');
    has('700.000');
    has('Tổ hòa giải làng Bi Da');
    has(
      'Tổng số tiền đề nghị thanh toán: 700.000 đồng (2 vụ, việc). Có 2 vụ, việc không đưa vào đề nghị (đã thanh toán, không đủ điều kiện hoặc ngoài kỳ).',
    );
  });
  it('refuses bad input before writing a byte', async () => {
    await expect(writeRemunerationClaimDocx({ ...claim, place: '' })).rejects.toBeInstanceOf(ZodError);
    await expect(writeRemunerationClaimXlsx({ ...data, communeName: '' })).rejects.toBeInstanceOf(ZodError);
  });
});
