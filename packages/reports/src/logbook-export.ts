/**
 * What the logbook writers print (issue 11, point 8): the book's heading — province, commune, village, team, year,
 * opening and closing dates (domain reference §1.11; the district line is gone since 01/07/2025) — and the team's cases
 * of the year, which @hgcs/domain's `buildLogbook` numbers and totals, so the book, the screen and the statistics agree.
 */
import {
  isoDateSchema,
  logbookInputSchema,
  referralTo,
  scopeCategories,
  type ReferralTarget,
  type ScopeCategory,
} from '@hgcs/domain';
import { z } from 'zod';
import { printable } from './document-frame.ts';

export const logbookExportSchema = z
  .object({
    provinceName: printable(120),
    communeName: printable(120),
    villageName: printable(120),
    teamName: printable(200),
    /** Volume number (quyển số), opening and closing dates of the book; null leaves them for the pen. */
    volume: printable(20).nullable().default(null),
    openedOn: isoDateSchema.nullable().default(null),
    closedOn: isoDateSchema.nullable().default(null),
    ...logbookInputSchema.shape,
  })
  .strict();
export type LogbookExport = z.input<typeof logbookExportSchema>;

/** Short names of the scope categories (Decree 15/2014 Art. 5.1) for the summary columns. */
export const categoryShortNames: Record<ScopeCategory, string> = {
  interpersonal_conflict: 'Mâu thuẫn',
  civil: 'Dân sự',
  marriage_family: 'Hôn nhân, gia đình',
  minor_violation: 'Vi phạm nhỏ',
  mediable_criminal: 'Hình sự (được hòa giải)',
  mediable_administrative: 'Hành chính (được hòa giải)',
  other_not_prohibited: 'Việc khác',
};
export const categoryOrder = scopeCategories;

/** Column 3, 4 and 10 as the book writes them. */
export const logbookCells = {
  mediators: (r: { mediators: string[]; invited: string[] }) =>
    [...r.mediators, ...r.invited.map((n) => `${n} (người được mời)`)].join('\n'),
  parties: (r: { parties: Array<{ fullName: string; age: number | null; address: string }> }) =>
    r.parties.map((p) => `${p.fullName}${p.age === null ? '' : `, ${p.age} tuổi`}, ${p.address}`).join('\n'),
  notes: (r: { result: string; stoppedByParty: boolean; referrals: ReferralTarget[]; notes: string }) =>
    [
      r.stoppedByParty ? 'Các bên/một bên yêu cầu chấm dứt hòa giải' : '',
      r.result === 'ongoing' ? 'Đang hòa giải' : '',
      r.result === 'out_of_scope'
        ? `Không thuộc phạm vi hòa giải ở cơ sở; hướng dẫn đến: ${r.referrals.map((t) => referralTo(t).vi).join('; ')}`
        : '',
      r.notes,
    ]
      .filter((x) => x !== '')
      .join('\n'),
};
