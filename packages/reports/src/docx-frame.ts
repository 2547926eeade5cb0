/**
 * The frame of an administrative document in `docx`, as Decree 30/2020/NĐ-CP (Phụ lục I) lays it out and as the
 * year's report and the year's plan share it: A4, Times New Roman 14; the issuer and the national heading side by
 * side, the number and symbol and the place and date under them; the kind of document and its subject; the body;
 * 'Nơi nhận' (ending '- Lưu: VT.') beside the signature; page numbers centred at the top from page 2.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { cell, cellMargin, mm, pageLayout, paragraph, rule, sideBySide, textWidth } from './docx-blocks.ts';
import type { DocumentFrame } from './document-frame.ts';
import { formatPlaceAndDate } from './format.ts';

export const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

/** Issuer and national heading, then 'Số: …' and the place and date; `symbol` fills a blank number ('BC-UBND'). */
export function documentHeading(frame: DocumentFrame, symbol: string): Table {
  const left = mm(70);
  const right = textWidth - left;
  const { parentName, name } = frame.issuer;
  return sideBySide(
    [left, right],
    [
      [
        [
          ...(parentName === null ? [] : [paragraph(upper(parentName), { size: 12 })]),
          paragraph(upper(name), { size: 12, bold: true }),
          rule(mm(25), left - 2 * cellMargin, 120),
        ],
        [
          paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }),
          paragraph('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }),
          rule(mm(56), right - 2 * cellMargin, 120),
        ],
      ],
      [
        [paragraph(`Số: ${frame.documentNumber ?? `     /${symbol}`}`, { size: 13 })],
        [paragraph(formatPlaceAndDate(frame.place, frame.date), { size: 13, italics: true })],
      ],
    ],
  );
}

/** 'Nơi nhận' with its lines and '- Lưu: VT.' on the left, the signer's authority, title and name on the right. */
export function documentClosing(frame: DocumentFrame): Table {
  const left = mm(75);
  const recipients = [...frame.recipients.map((r) => `- ${r};`), '- Lưu: VT.'];
  const { authority, title, name } = frame.signer;
  return sideBySide(
    [left, textWidth - left],
    [
      [
        [
          paragraph('Nơi nhận:', { size: 12, bold: true, italics: true }, { align: AlignmentType.LEFT }),
          ...recipients.map((r) => paragraph(r, { size: 11 }, { align: AlignmentType.LEFT })),
        ],
        [
          ...(authority === null ? [] : [paragraph(upper(authority), { size: 14, bold: true })]),
          paragraph(upper(title), { size: 14, bold: true }, { after: mm(25) }),
          paragraph(name ?? '', { size: 14, bold: true }),
        ],
      ],
    ],
  );
}

export type GridColumn = { title: string; width: number; align?: 'left' };
const gridBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A ruled table in 12 pt: a bold header row repeated on every page, rows never split across pages. */
export function gridTable(columns: GridColumn[], rows: string[][], width: number = textWidth): Table {
  const row = (texts: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: texts.map((text, i) =>
        cell(
          columns[i]!.width,
          [
            paragraph(
              text,
              { size: 12, bold: header },
              { align: header || columns[i]!.align !== 'left' ? AlignmentType.CENTER : AlignmentType.LEFT },
            ),
          ],
          header ? VerticalAlign.CENTER : VerticalAlign.TOP,
        ),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: {
      top: gridBorder,
      bottom: gridBorder,
      left: gridBorder,
      right: gridBorder,
      insideHorizontal: gridBorder,
      insideVertical: gridBorder,
    },
    rows: [
      row(
        columns.map((c) => c.title),
        true,
      ),
      ...rows.map((r) => row(r, false)),
    ],
  });
}

export type AdministrativeDocument = {
  frame: DocumentFrame;
  /** The symbol a blank number is printed with ('BC-UBND', 'KH-UBND'). */
  symbol: string;
  /** The kind of document in capitals ('BÁO CÁO', 'KẾ HOẠCH') and its subject line under it. */
  kind: string;
  subject: string;
  /** The document's title in its properties. */
  title: string;
  body: (Paragraph | Table)[];
};

/**
 * Packs a document into .docx bytes, the frame around the body.
 * @example const bytes = await packAdministrativeDocx({ frame, symbol: 'KH-UBND', kind: 'KẾ HOẠCH', subject, title, body });
 */
export async function packAdministrativeDocx({
  frame,
  symbol,
  kind,
  subject,
  title,
  body,
}: AdministrativeDocument): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: frame.issuer.name,
    lastModifiedBy: frame.issuer.name,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: pageLayout.width, height: pageLayout.height }, margin: pageLayout.margin },
          titlePage: true,
        },
        // Decree 30: page numbers centred in the top margin, from the second page on.
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
        children: [
          documentHeading(frame, symbol),
          paragraph(kind, { size: 14, bold: true }, { before: 360 }),
          paragraph(subject, { size: 14, bold: true }),
          rule(mm(35), textWidth, 240),
          ...body,
          documentClosing(frame),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
