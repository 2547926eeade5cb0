/**
 * What the commune's exported documents share: the years they may cover, the frame Decree 30/2020/NĐ-CP puts around
 * them (issuing committee, place and date, recipients, signer — the number left blank for the clerk), and the file
 * types. The year's report and the year's plan are built on it.
 */
import type { getCommune, listAgencies } from '@hgcs/db';
import { DomainError } from '@hgcs/domain';
import { z } from 'zod';

const yearSchema = z.coerce.number().int().min(2024).max(2035);

/** The year of an export path ('2027'), or `INPUT.INVALID` (400) outside 2024–2035. */
export function parseExportYear(text: string): number {
  const year = yearSchema.safeParse(text);
  if (!year.success)
    throw new DomainError('INPUT.INVALID', {}, [{ path: 'year', code: 'field.YEAR_OUT_OF_PLAN', params: {} }]);
  return year.data;
}

/**
 * 'Sở Tư pháp tỉnh Gia Lai': the province's Department of Justice, the higher body that follows Đề án 315 and
 * receives the commune's plan and report ('Tỉnh Gia Lai' → 'tỉnh Gia Lai'; 'Thành phố Huế' → 'thành phố Huế').
 */
export function higherBody(provinceName: string): string {
  const name = provinceName.trim();
  return /^(Tỉnh|Thành phố)\s/u.test(name)
    ? `Sở Tư pháp ${name[0]!.toLocaleLowerCase('vi-VN')}${name.slice(1)}`
    : `Sở Tư pháp ${name}`;
}

/**
 * The frame of a document the commune's People's Committee issues on `date` (null: left blank for the clerk), signed
 * by `signerName` (the chairman; null leaves the line for the name empty).
 */
export function communeDocumentFrame(
  commune: NonNullable<Awaited<ReturnType<typeof getCommune>>>,
  date: string | null,
  signerName: string | null,
) {
  return {
    issuer: { parentName: null, name: `ỦY BAN NHÂN DÂN ${commune.name.toUpperCase()}` },
    documentNumber: null,
    place: commune.name.replace(/^Xã\s+/i, ''),
    date,
    recipients: [
      `${higherBody(commune.provinceName)} (b/c)`,
      'Thường trực Đảng ủy xã',
      'Thường trực HĐND xã',
      'Ủy ban MTTQ Việt Nam xã',
      'Các phòng, ban chuyên môn',
    ],
    signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: signerName },
  };
}

/** Agency names as the documents print them: the lead's name; the partners' names and the plan's other words. */
export function agencyNames(agencies: Awaited<ReturnType<typeof listAgencies>>) {
  const name = (code: string) => agencies.find((a) => a.code === code)?.name ?? code;
  const partners = (task: { coordinatingAgencyCodes: string[]; coordinatingOthers: string | null }) =>
    [...task.coordinatingAgencyCodes.map(name), task.coordinatingOthers].filter(Boolean).join('; ') || '—';
  return { name, partners };
}

export const mediaTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
