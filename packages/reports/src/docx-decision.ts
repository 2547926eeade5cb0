/**
 * The body of a decision in `docx`, as Decree 30/2020/NĐ-CP (Phụ lục III, mẫu 1.4) lays it out under the subject:
 * the signing authority in capitals, the legal bases in italics, 'QUYẾT ĐỊNH:', then 'Điều 1.', 'Điều 2.'… with the
 * article's number in bold. Tables (a list of people) may follow an article.
 */
import { AlignmentType, Paragraph, TextRun, type Table } from 'docx';
import { mm, paragraph, type Layout } from './docx-blocks.ts';
import { upper } from './docx-frame.ts';

const justified: Layout = { align: AlignmentType.JUSTIFIED, after: 120, firstLine: mm(10) };

/** One article: 'Điều n.' in bold, then its text; more paragraphs or a table may follow. */
export type DecisionArticle = { text: string; after?: (Paragraph | Table)[] };

/** Authority, bases, 'QUYẾT ĐỊNH:' and the articles. */
export function decisionBody(
  authority: string,
  bases: readonly string[],
  articles: readonly DecisionArticle[],
): (Paragraph | Table)[] {
  return [
    paragraph(upper(authority), { size: 14, bold: true }, { after: 240 }),
    ...bases.map((b) => paragraph(b, { size: 14, italics: true }, justified)),
    paragraph('QUYẾT ĐỊNH:', { size: 14, bold: true }, { before: 120, after: 240 }),
    ...articles.flatMap((a, i) => [
      new Paragraph({
        alignment: justified.align,
        spacing: { after: justified.after },
        indent: { firstLine: justified.firstLine },
        children: [
          new TextRun({ text: `Điều ${i + 1}. `, bold: true, size: 28 }),
          new TextRun({ text: a.text, size: 28 }),
        ],
      }),
      ...(a.after ?? []),
    ]),
    paragraph('', { size: 14 }, { after: 240 }),
  ];
}
