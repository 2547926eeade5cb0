/**
 * The kiosk's requests (issue 12, points 3–4), for villagers without an account: ask for mediation (the request
 * enters the commune's cases intake) and check a request by its code and the receipt's second factor. Both are
 * POSTs, so nothing typed enters an address or a log; each has its own per-client rate limit on top of the kiosk's.
 */
import { kioskRequestSchema, kioskStatusInputSchema } from '@hgcs/domain';
import { kioskProcedure, limitKiosk } from '../procedures.ts';
import { ratePolicies } from '../rate-limit.ts';
import { checkRequest } from './check-request.ts';
import { submitRequest } from './submit-request.ts';

export const kioskRequestRouter = {
  /**
   * Ask for mediation, from a registered kiosk only (its token in its header; its own rate limit, per device):
   * answers the receipt (tracking code and the second factor, given only here).
   */
  submit: kioskProcedure.input(kioskRequestSchema).mutation(({ ctx, input }) => submitRequest(ctx, input)),
  /** Check a request: the stage in plain words only. */
  status: kioskProcedure
    .use(limitKiosk(ratePolicies.kioskCheck))
    .input(kioskStatusInputSchema)
    .mutation(({ ctx, input }) => checkRequest(ctx, input)),
};
