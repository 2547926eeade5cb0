/**
 * The frame of the case documents that are not a commune decision or report — the logbook, the written agreement,
 * the court-recognition request: A4 (landscape for the logbook's ten columns), Times New Roman 14, the national
 * heading (Decree 30/2020/NĐ-CP, Phụ lục I: motto in bold with its short rule) at the top, then the body; page numbers
 * centred at the top from page 2, as the administrative documents have them.
 */
import type { Table } from 'docx';
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { mm, pageLayout, paragraph, rule, textWidth } from './docx-blocks.ts';

/** 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', the motto, its rule. */
export function nationalHeading(within: number = textWidth): Paragraph[] {
  return [
    paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }),
    paragraph('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }),
    rule(mm(56), within, 240),
  ];
}

/** Width of the text on a landscape A4 page (the portrait margins turned with the page). */
export const landscapeTextWidth = pageLayout.height - pageLayout.margin.left - pageLayout.margin.right;

export type PlainDocument = { title: string; creator: string; landscape?: boolean; body: (Paragraph | Table)[] };

/**
 * Packs a case document into .docx bytes.
 * @example const bytes = await packPlainDocx({ title: 'Văn bản hòa giải thành', creator: 'Tổ hòa giải', body });
 */
export async function packPlainDocx({ title, creator, landscape = false, body }: PlainDocument): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator,
    lastModifiedBy: creator,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: {
              width: pageLayout.width,
              height: pageLayout.height,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: pageLayout.margin,
          },
          titlePage: true,
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 28 })],
              }),
            ],
          }),
          first: new Header({ children: [] }),
        },
        children: body,
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
