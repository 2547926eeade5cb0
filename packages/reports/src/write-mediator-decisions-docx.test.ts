import { Packer } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { biDongDecision, biDongRecognition } from '../test/decisions.ts';
import { readDocx, textOf } from '../test/read-docx.ts';
import { writeMediatorRecognitionDocx } from './write-mediator-recognition-docx.ts';
import { writeMediatorTerminationDocx, type MediatorTermination } from './write-mediator-termination-docx.ts';
import { writeTeamLeaderRecognitionDocx, type TeamLeaderRecognition } from './write-team-leader-recognition-docx.ts';

/** The body's ruled tables (the first table is the heading, the last 'Nơi nhận' and the signature), as cell texts. */
const bodyTables = (xml: string) =>
  [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map((m) => m[0])
    .slice(1, -1)
    .map((t) =>
      [...t.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])),
      ),
    );

const leader: TeamLeaderRecognition = {
  ...biDongDecision,
  extraRecipients: [],
  electedOn: '2026-03-20',
  proposal: { by: 'Trưởng ban công tác Mặt trận làng Bi Dông', date: null },
  leader: { fullName: 'Đinh Thị Hờ', birthYear: 1975, sex: 'female', ethnicity: 'Ba Na' },
};
const termination: MediatorTermination = {
  ...biDongDecision,
  extraRecipients: [],
  ground: 'lost_standard',
  lostStandard: 'permanent_residence',
  proposal: { by: 'Trưởng ban công tác Mặt trận làng Bi Dông phối hợp với Trưởng làng Bi Dông', date: '2026-09-01' },
  mediator: { fullName: 'Nguyễn Văn Tâm', birthYear: 1980, sex: 'male', ethnicity: null },
};

describe('writeMediatorRecognitionDocx (Law 35/2013 Art. 8.4)', async () => {
  const doc = await readDocx(await writeMediatorRecognitionDocx(biDongRecognition));
  const has = (text: string) => expect(doc.paragraphs).toContain(text);
  const at = (text: string) => doc.paragraphs.indexOf(text);

  it("prints the Decree 30 heading, number and date, and the decision's kind and subject", () => {
    for (const line of [
      'ỦY BAN NHÂN DÂN XÃ PỜ TÓ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 45/QĐ-UBND',
      'Pờ Tó, ngày 13 tháng 3 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc công nhận hòa giải viên',
    ])
      has(line);
  });

  it("decides as the chairman on the law's bases and the Front head's list, in that order", () => {
    const authority = at('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PỜ TÓ');
    expect(authority).toBeGreaterThan(at('Về việc công nhận hòa giải viên'));
    const bases = doc.paragraphs.slice(authority + 1, at('QUYẾT ĐỊNH:'));
    expect(bases).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Luật Hòa giải ở cơ sở ngày 20 tháng 6 năm 2013;',
      expect.stringMatching(/^Căn cứ Nghị định số 15\/2014\/NĐ-CP ngày 27 tháng 02 năm 2014/),
      expect.stringMatching(/^Căn cứ Nghị quyết liên tịch số 01\/2014\/NQLT\/CP-UBTƯMTTQVN/),
      'Xét đề nghị của Trưởng ban công tác Mặt trận làng Bi Dông tại Danh sách người được đề nghị công nhận là hòa giải viên ngày 09/03/2026.',
    ]);
    expect(doc.runs.find((r) => r.text.startsWith('Căn cứ Luật Hòa giải'))?.xml).toContain('<w:i/>');
  });

  it('lists the elected names in a table under Article 1, with year, sex and ethnicity', () => {
    has('Điều 1. Công nhận các ông, bà có tên sau đây là hòa giải viên của Tổ hòa giải làng Bi Dông, làng Bi Dông:');
    expect(bodyTables(doc.documentXml)).toEqual([
      [
        ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Dân tộc'],
        ['1', 'Đinh Thị Hờ', '1975', 'Nữ', 'Ba Na'],
        ['2', 'Rơ Mah Blưh', '1968', 'Nam', 'Jrai'],
        ['3', 'Nguyễn Văn Tâm', '1980', 'Nam', 'Kinh'],
      ],
    ]);
    expect(doc.runs.find((r) => r.text === 'Điều 1. ')?.xml).toContain('<w:b/>');
  });

  it("cites the mediators' rights and duties, and has the village head announce the decision publicly (Art. 8.4)", () => {
    has(
      'Điều 2. Hòa giải viên có các quyền và nghĩa vụ quy định tại Điều 9 và Điều 10 Luật Hòa giải ở cơ sở. Quyết định này có hiệu lực kể từ ngày ký.',
    );
    has(
      'Điều 3. Chánh Văn phòng HĐND và UBND xã, Trưởng ban công tác Mặt trận làng Bi Dông, Trưởng làng Bi Dông, các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Trưởng làng Bi Dông thông báo công khai Quyết định này tại làng Bi Dông./.',
    );
  });

  it('sends it to those the law names, and the chairman signs in his own right', () => {
    expect(doc.paragraphs.slice(at('Nơi nhận:') + 1, at('- Lưu: VT.') + 1)).toEqual([
      '- Như Điều 3;',
      '- Ban Thường trực Ủy ban MTTQ Việt Nam xã;',
      '- Trưởng ban công tác Mặt trận làng Bi Dông;',
      '- Trưởng làng Bi Dông;',
      '- Các hòa giải viên có tên tại Điều 1;',
      '- Lưu: VT.',
    ]);
    expect(doc.paragraphs.slice(at('- Lưu: VT.') + 1).filter((p) => p !== '')).toEqual(['CHỦ TỊCH', 'Ksor Thu']);
  });

  it('leaves the number, the date and the name blank until the chairman records them, and signs for a deputy "KT. CHỦ TỊCH"', async () => {
    const blank = await readDocx(
      await writeMediatorRecognitionDocx({
        ...biDongRecognition,
        documentNumber: null,
        date: null,
        signer: { deputy: true, name: null },
      }),
    );
    expect(blank.paragraphs).toContain('Số:      /QĐ-UBND');
    expect(blank.paragraphs.find((p) => p.startsWith('Pờ Tó, ngày'))).toMatch(/^Pờ Tó, ngày\s+tháng\s+năm\s+$/);
    const closing = blank.paragraphs.slice(blank.paragraphs.indexOf('- Lưu: VT.') + 1).filter((p) => p !== '');
    expect(closing).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('names a single mediator in a sentence, and leaves out ethnicity when it is not given', async () => {
    const one = await readDocx(
      await writeMediatorRecognitionDocx({
        ...biDongRecognition,
        mediators: [{ fullName: 'Đinh Thị Hờ', birthYear: 1975, sex: 'female', ethnicity: 'Ba Na' }],
      }),
    );
    expect(one.paragraphs).toContain(
      'Điều 1. Công nhận bà Đinh Thị Hờ, sinh năm 1975, dân tộc Ba Na, là hòa giải viên của Tổ hòa giải làng Bi Dông, làng Bi Dông.',
    );
    expect(one.paragraphs.some((p) => p.includes('bà Đinh Thị Hờ chịu trách nhiệm thi hành'))).toBe(true);
    const noEthnicity = await readDocx(
      await writeMediatorRecognitionDocx({
        ...biDongRecognition,
        mediators: biDongRecognition.mediators.map((m) => ({ ...m, ethnicity: null })),
      }),
    );
    expect(bodyTables(noEthnicity.documentXml)[0]![0]).toEqual(['STT', 'Họ và tên', 'Năm sinh', 'Giới tính']);
  });
});

describe('writeTeamLeaderRecognitionDocx (Law 35/2013 Art. 14–15)', async () => {
  const doc = await readDocx(await writeTeamLeaderRecognitionDocx(leader));
  it('recognises the elected leader, citing the election and Art. 15', () => {
    expect(doc.paragraphs).toContain('Về việc công nhận tổ trưởng tổ hòa giải');
    expect(doc.paragraphs).toContain(
      'Xét kết quả bầu tổ trưởng tổ hòa giải ngày 20/03/2026 và đề nghị của Trưởng ban công tác Mặt trận làng Bi Dông.',
    );
    expect(doc.paragraphs).toContain(
      'Điều 1. Công nhận bà Đinh Thị Hờ, sinh năm 1975, dân tộc Ba Na, hòa giải viên, là Tổ trưởng Tổ hòa giải làng Bi Dông, làng Bi Dông.',
    );
    expect(doc.paragraphs).toContain(
      'Điều 2. Tổ trưởng tổ hòa giải có các quyền và nghĩa vụ quy định tại Điều 15 Luật Hòa giải ở cơ sở. Quyết định này có hiệu lực kể từ ngày ký.',
    );
    expect(
      doc.paragraphs.some(
        (p) =>
          p.startsWith('Điều 3. ') &&
          p.includes('Tổ hòa giải làng Bi Dông và bà Đinh Thị Hờ chịu trách nhiệm thi hành'),
      ),
    ).toBe(true);
  });
});

describe('writeMediatorTerminationDocx (Law 35/2013 Art. 11)', async () => {
  const doc = await readDocx(await writeMediatorTerminationDocx(termination));
  it('ends the service on the ground of Art. 11.1 it cites, with the lost standard', () => {
    expect(doc.paragraphs).toContain('Về việc thôi làm hòa giải viên');
    expect(doc.paragraphs).toContain(
      'Xét đề nghị của Trưởng ban công tác Mặt trận làng Bi Dông phối hợp với Trưởng làng Bi Dông ngày 01/09/2026.',
    );
    expect(doc.paragraphs).toContain(
      'Điều 1. Cho ông Nguyễn Văn Tâm, sinh năm 1980, hòa giải viên của Tổ hòa giải làng Bi Dông, làng Bi Dông, thôi làm hòa giải viên. ' +
        'Lý do: Hòa giải viên không còn đáp ứng một trong các tiêu chuẩn quy định tại Điều 7 của Luật Hòa giải ở cơ sở (không còn thường trú tại cơ sở) (theo điểm b khoản 1 Điều 11 Luật Hòa giải ở cơ sở).',
    );
    expect(doc.paragraphs.some((p) => p.includes('thông báo công khai Quyết định này tại làng Bi Dông./.'))).toBe(true);
  });
  it('cites point a for a mediator who asked to leave', async () => {
    const own = await readDocx(
      await writeMediatorTerminationDocx({ ...termination, ground: 'voluntary', lostStandard: null }),
    );
    expect(own.paragraphs.find((p) => p.startsWith('Điều 1. '))).toMatch(
      /Lý do: Theo nguyện vọng của hòa giải viên \(theo điểm a khoản 1 Điều 11 Luật Hòa giải ở cơ sở\)\.$/,
    );
  });
});

describe('the decision writers refuse bad input before writing', () => {
  afterEach(() => vi.restoreAllMocks());
  it.each([
    ['no elected mediator', () => writeMediatorRecognitionDocx({ ...biDongRecognition, mediators: [] })],
    [
      'a number with a control character',
      () => writeMediatorRecognitionDocx({ ...biDongRecognition, documentNumber: '45\u0007/QĐ-UBND' }),
    ],
    ['a day that does not exist', () => writeTeamLeaderRecognitionDocx({ ...leader, electedOn: '2026-02-30' })],
    ['a lost standard without ground (b)', () => writeMediatorTerminationDocx({ ...termination, ground: 'voluntary' })],
    [
      'a ground the law does not allow',
      () => writeMediatorTerminationDocx({ ...termination, ground: 'retired' as never, lostStandard: null }),
    ],
  ])('%s', async (_, write) => {
    const pack = vi.spyOn(Packer, 'pack');
    await expect(write()).rejects.toBeInstanceOf(ZodError);
    expect(pack).not.toHaveBeenCalled();
  });
});
