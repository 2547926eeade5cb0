/**
 * What every administrative document of the commune carries around its body, as Decree 30/2020/NĐ-CP (Phụ lục I)
 * sets it out: the issuer, the number and symbol, the place and date, 'Nơi nhận' and the signer. The writers of the
 * year's report and of the year's plan share these schemas, so the two documents are checked alike.
 */
import { isoDateSchema } from '@hgcs/domain';
import { z } from 'zod';

/** Printable text: XML 1.0 refuses control characters, so they are refused here rather than lost in the file. */
export const printable = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !/(?!\n)\p{Cc}/u.test(s), { message: 'Văn bản chứa ký tự điều khiển' });

/** The fields of the frame, to spread into a document's schema. */
export const documentFrameShape = {
  /** Issuing body (cơ quan ban hành) and its direct superior (cơ quan chủ quản), printed in capitals as given. */
  issuer: z.object({ parentName: printable(200).nullable(), name: printable(200) }).strict(),
  /** The full number and symbol ('125/BC-UBND'); null leaves the number blank for the clerk ('Số:      /BC-UBND'). */
  documentNumber: printable(50).nullable(),
  place: printable(100),
  /** The document's date; null leaves day, month and year blank for the clerk to write in at issue. */
  date: isoDateSchema.nullable(),
  /** 'Nơi nhận' lines without the dash; the writer adds '- Lưu: VT.' itself. */
  recipients: z.array(
    printable(300).refine((r) => !/^[-\s]*Lưu\b/iu.test(r), { message: 'Dòng "Lưu: VT." do hệ thống tự thêm' }),
  ),
  /** `authority` ('TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH') is null when the signer signs in their own right ('CHỦ TỊCH'). */
  signer: z
    .object({ authority: printable(100).nullable(), title: printable(100), name: printable(100).nullable() })
    .strict(),
};

/** The frame as the DOCX writers read it. */
export type DocumentFrame = { [K in keyof typeof documentFrameShape]: z.infer<(typeof documentFrameShape)[K]> };
