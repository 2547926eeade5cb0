/**
 * What the remuneration-claim writers print (issue 11, point 9): the cases ended in a period and the amounts that
 * @hgcs/domain's `buildRemunerationClaim` decides (Decree 15/2014 Art. 13–14; Circular 56/2023 Art. 3.17.a; the
 * province's amounts), for the commune's confirmation — and, for the Word copy, its Decree 30/2020 frame.
 */
import { capOptionsSchema, claimCaseSchema, claimPeriodSchema, remunerationBasisSchema } from '@hgcs/domain';
import { z } from 'zod';
import { documentFrameShape, printable } from './document-frame.ts';

const dataShape = {
  communeName: printable(120),
  period: claimPeriodSchema,
  cases: z.array(claimCaseSchema),
  /** The province's amounts (Circular 56/2023 Art. 5.1: the People's Council fixes them), checked by the domain. */
  provinceRates: capOptionsSchema.prefault({}),
  basis: remunerationBasisSchema.default('per_case'),
};

/** The claim's data (the workbook). */
export const remunerationClaimExportSchema = z.object(dataShape).strict();
export type RemunerationClaimExport = z.input<typeof remunerationClaimExportSchema>;

/** The claim's data and the frame of the Word copy (issuer, number, date, recipients, signer). */
export const remunerationClaimDocumentSchema = z.object({ ...documentFrameShape, ...dataShape }).strict();
export type RemunerationClaimDocument = z.input<typeof remunerationClaimDocumentSchema>;

const vnd = new Intl.NumberFormat('vi-VN');
/** '1.000.000' — đồng, as the commune's accounts write them. */
export const formatVnd = (amount: number) => vnd.format(amount);
