/**
 * "Call staff" (issue 12, point 11): a registered kiosk calls (its token in its header; throttled per device), the
 * console lists the calls waiting and an officer marks one handled.
 */
import { kioskCommuneInputSchema, kioskIdSchema } from '@hgcs/domain';
import { can, kioskProcedure } from '../procedures.ts';
import { callStaff } from './call-staff.ts';
import { handleCall } from './handle-call.ts';
import { openCalls } from './open-calls.ts';

export const kioskCallRouter = {
  call: kioskProcedure.input(kioskCommuneInputSchema).mutation(({ ctx, input }) => callStaff(ctx, input.commune)),
  open: can('kiosk.answer_calls').query(({ ctx }) => openCalls(ctx)),
  handle: can('kiosk.answer_calls')
    .input(kioskIdSchema)
    .mutation(({ ctx, input }) => handleCall(ctx, input.id)),
};
