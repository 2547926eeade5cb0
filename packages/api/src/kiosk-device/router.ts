/**
 * The commune's kiosks (issue 12, point 9): an officer registers one (its token answered once), lists them and
 * revokes one; a kiosk checks its own token (`whoAmI`, the token in its header) to know it may take requests.
 */
import { kioskCommuneInputSchema, kioskDeviceRegisterSchema, kioskIdSchema, kioskScope } from '@hgcs/domain';
import { can, kioskProcedure } from '../procedures.ts';
import { deviceOf } from './device-of.ts';
import { listDevices } from './list-devices.ts';
import { registerDevice } from './register-device.ts';
import { revokeDevice } from './revoke-device.ts';

export const kioskDeviceRouter = {
  register: can('kiosk.manage')
    .input(kioskDeviceRegisterSchema)
    .mutation(({ ctx, input }) => registerDevice(ctx, input)),
  list: can('kiosk.manage').query(({ ctx }) => listDevices(ctx)),
  revoke: can('kiosk.manage')
    .input(kioskIdSchema)
    .mutation(({ ctx, input }) => revokeDevice(ctx, input.id)),
  /** The kiosk's own check: its name when its token is registered and not revoked, else the refusal. */
  whoAmI: kioskProcedure.input(kioskCommuneInputSchema).mutation(async ({ ctx, input }) => {
    const device = await deviceOf(ctx.db, kioskScope(Number(input.commune)), ctx.deviceToken, ctx.now);
    return { name: device.name };
  }),
};
