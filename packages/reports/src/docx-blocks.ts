/**
 * The building blocks of an administrative document in `docx`: paragraphs of one style, the short rules of Decree
 * 30/2020/NĐ-CP, and borderless side-by-side blocks. Sizes are in points, lengths in twips.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type TableVerticalAlign,
} from 'docx';

/** Millimetres in twips, rounded up so that a length given as a legal minimum stays one. */
export const mm = (millimetres: number) => Math.ceil((millimetres * 1440) / 25.4);

/** A4 in twips, margins inside Decree 30's ranges (top, bottom 20–25 mm; left 30–35 mm; right 15–20 mm). */
export const pageLayout = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
} as const;
export const textWidth = pageLayout.width - pageLayout.margin.left - pageLayout.margin.right;

export type Style = { size: number; bold?: boolean; italics?: boolean };
export type Layout = {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  before?: number;
  after?: number;
  firstLine?: number;
  keepNext?: boolean;
};

/** A paragraph of one style; line breaks in the text stay line breaks. */
export function paragraph(text: string, style: Style, layout: Layout = {}): Paragraph {
  const { align = AlignmentType.CENTER, before = 0, after = 0, firstLine, keepNext } = layout;
  return new Paragraph({
    alignment: align,
    spacing: { before, after },
    indent: firstLine === undefined ? undefined : { firstLine },
    keepNext,
    children: text.split('\n').map(
      (line, i) =>
        new TextRun({
          text: line,
          size: style.size * 2,
          bold: style.bold,
          italics: style.italics,
          break: i > 0 ? 1 : undefined,
        }),
    ),
  });
}

/** The short solid rule Decree 30 puts under the issuer, the motto and the subject line, centred in its column. */
export function rule(length: number, within: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((within - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 20, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

export const cellMargin = mm(1);
export const cell = (
  width: number,
  children: (Paragraph | Table)[],
  verticalAlign: TableVerticalAlign = VerticalAlign.TOP,
) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: cellMargin, right: cellMargin },
    verticalAlign,
    children,
  });

/** A table without borders that holds two blocks side by side (the header; 'Nơi nhận' and the signature). */
export function sideBySide(widths: [number, number], rows: [(Paragraph | Table)[], (Paragraph | Table)[]][]): Table {
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(([left, right]) => new TableRow({ children: [cell(widths[0], left), cell(widths[1], right)] })),
  });
}
