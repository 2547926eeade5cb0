/**
 * The data of the registry's export (issue 10, point 8): the commune's teams with their members and memberships'
 * history, as of a day. Ethnicity and phone are personal data: the caller includes them only for roles that may
 * read them (`includePersonalData`), and the writer leaves their columns out otherwise.
 */
import { isoDateSchema, leftReasonSchema } from '@hgcs/domain';
import { z } from 'zod';
import { printable } from './document-frame.ts';

const memberSchema = z
  .object({
    fullName: printable(120),
    birthYear: z.number().int().min(1900).max(2100),
    sex: z.enum(['female', 'male']),
    ethnicity: printable(60).nullable(),
    ethnicMinority: z.boolean(),
    occupation: printable(200).nullable(),
    phone: printable(20).nullable(),
    role: z.enum(['leader', 'member']),
    joinedOn: isoDateSchema,
    /** The recognition decision (Law 35/2013 Art. 8.4): its number and date, null while not recorded. */
    recognition: z
      .object({ number: printable(50), date: isoDateSchema })
      .strict()
      .nullable(),
    leftOn: isoDateSchema.nullable(),
    leftReason: leftReasonSchema.nullable(),
  })
  .strict()
  .refine((m) => (m.leftOn === null) === (m.leftReason === null), {
    path: ['leftReason'],
    message: 'Ghi lý do thôi khi và chỉ khi có ngày thôi',
  });

const teamSchema = z
  .object({
    village: printable(120),
    /** Law 35/2013 Art. 12.1: the team must then have an ethnic-minority mediator (R-UNIT-1). */
    villageEthnicMinorityArea: z.boolean(),
    name: printable(200),
    members: z.array(memberSchema),
  })
  .strict();

export const registryExportSchema = z
  .object({
    communeName: printable(200),
    asOf: isoDateSchema,
    includePersonalData: z.boolean(),
    teams: z.array(teamSchema),
  })
  .strict();
export type RegistryExport = z.input<typeof registryExportSchema>;
export type RegistryExportTeam = z.infer<typeof teamSchema>;
export type RegistryExportMember = z.infer<typeof memberSchema>;
