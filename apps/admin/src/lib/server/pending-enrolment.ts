/**
 * After a wrong first code while enrolling the sign-in code app, the same QR code again — never a new secret. The
 * confirm form carries back the secret it showed; the API returns its QR only while it is still this account's
 * pending secret (`auth.pendingTotp`), so nothing is learnt that the page did not already show. Null otherwise
 * (the enrolment ended or was replaced): the page then offers to create a QR code again.
 */
import { totpSecretInputSchema } from '@hgcs/domain';
import type { Api } from './api.ts';

export async function pendingEnrolment(api: Api, secret: FormDataEntryValue | null) {
  const parsed = totpSecretInputSchema.safeParse({ secret });
  if (!parsed.success) return null;
  return api.auth.pendingTotp.mutate(parsed.data).catch(() => null);
}
