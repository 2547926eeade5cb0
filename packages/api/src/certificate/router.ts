/**
 * Certificates (issue 13, point 6): the year's certificates, issuing one for a training attended or a contest's
 * prize, revoking one with a reason, and the public verification by the QR's code (no sign-in, rate-limited).
 */
import { listCertificates } from '@hgcs/db';
import {
  certificateIssueSchema,
  certificateRevokeSchema,
  certificateVerifySchema,
  trainingYearSchema,
} from '@hgcs/domain';
import { can, kioskProcedure, limitKiosk } from '../procedures.ts';
import { ratePolicies } from '../rate-limit.ts';
import { issueCertificate } from './issue-certificate.ts';
import { revokeCertificate } from './revoke-certificate.ts';
import { verifyCertificate } from './verify-certificate.ts';

export const certificateRouter = {
  list: can('certificate.read')
    .input(trainingYearSchema)
    .query(({ ctx, input }) => listCertificates(ctx.db, ctx.scope, input.year)),
  issue: can('certificate.manage')
    .input(certificateIssueSchema)
    .mutation(({ ctx, input }) => issueCertificate(ctx, input)),
  revoke: can('certificate.manage')
    .input(certificateRevokeSchema)
    .mutation(({ ctx, input }) => revokeCertificate(ctx, input)),
  /** Public: by POST, so the code never enters an address or a log. */
  verify: kioskProcedure
    .use(limitKiosk(ratePolicies.certificateVerify))
    .input(certificateVerifySchema)
    .mutation(({ ctx, input }) => verifyCertificate(ctx, input.code)),
};
