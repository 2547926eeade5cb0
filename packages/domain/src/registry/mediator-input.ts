/**
 * A mediator as the console records them (Law 35/2013 Art. 7–8). Ethnicity and phone are personal data: the basis
 * for keeping them is required (Decree 13/2023 Art. 17, Law 91/2025), and the phone is shown publicly only with
 * the person's consent (`phonePublic`). `confirmedDistinct` is the officer's answer to a duplicate flag: "this is
 * another person with the same name, birth year and village".
 */
import { z } from 'zod';
import { safeText } from '../text/safe-text.ts';

export const genderSchema = z.enum(['female', 'male'], { message: 'field.GENDER' });
export const personalDataBasisSchema = z.enum(['consent', 'legal_obligation', 'public_task'], {
  message: 'field.PERSONAL_DATA_BASIS',
});
export type PersonalDataBasis = z.infer<typeof personalDataBasisSchema>;

const fields = {
  fullName: safeText(120, { min: 2, tooShort: 'field.FULL_NAME_TOO_SHORT', tooLong: 'field.FULL_NAME_TOO_LONG' }),
  gender: genderSchema,
  birthYear: z
    .number({ message: 'field.BIRTH_YEAR' })
    .int('field.BIRTH_YEAR')
    .min(1900, 'field.BIRTH_YEAR_MIN')
    .max(2100, 'field.BIRTH_YEAR_INVALID'),
  ethnicity: safeText(60, { tooLong: 'field.ETHNICITY_TOO_LONG' }).nullable(),
  citizenship: z.string().regex(/^[A-Z]{2}$/, 'field.CITIZENSHIP'),
  residenceVillageId: z.string().uuid('field.RESIDENCE_VILLAGE'),
  occupation: safeText(200, { tooLong: 'field.OCCUPATION_TOO_LONG' }).nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,20}$/, 'field.PHONE')
    .nullable(),
  phonePublic: z.boolean(),
  personalDataBasis: personalDataBasisSchema,
};

export const mediatorCreateSchema = z
  .object({
    ...fields,
    ethnicity: fields.ethnicity.default(null),
    citizenship: fields.citizenship.default('VN'),
    occupation: fields.occupation.default(null),
    phone: fields.phone.default(null),
    phonePublic: fields.phonePublic.default(false),
    confirmedDistinct: z.boolean().default(false),
  })
  .strict();
export type MediatorCreate = z.infer<typeof mediatorCreateSchema>;

export const mediatorUpdateSchema = z
  .object({
    id: z.string().uuid('field.MEDIATOR_ID'),
    fullName: fields.fullName.optional(),
    gender: fields.gender.optional(),
    birthYear: fields.birthYear.optional(),
    ethnicity: fields.ethnicity.optional(),
    citizenship: fields.citizenship.optional(),
    residenceVillageId: fields.residenceVillageId.optional(),
    occupation: fields.occupation.optional(),
    phone: fields.phone.optional(),
    phonePublic: fields.phonePublic.optional(),
    personalDataBasis: fields.personalDataBasis.optional(),
    confirmedDistinct: z.boolean().default(false),
  })
  .strict();
export type MediatorUpdate = z.infer<typeof mediatorUpdateSchema>;

export const mediatorIdInputSchema = z.object({ id: z.string().uuid('field.MEDIATOR_ID') }).strict();

/** A search by name without diacritics ("ro mah" finds "Rơ Mah"), one keyset page at a time. */
export const mediatorSearchSchema = z
  .object({
    q: safeText(80, { tooLong: 'field.SEARCH_TOO_LONG' }).default(''),
    /** Only those living in this village (a team's candidates: Art. 7 asks for residence in the team's village). */
    villageId: z.string().uuid('field.VILLAGE_ID').optional(),
    after: z.string().uuid('field.PAGE_CURSOR').optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .strict();
export type MediatorSearch = z.infer<typeof mediatorSearchSchema>;
