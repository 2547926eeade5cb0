/**
 * The registered kiosk making a call (issue 12, point 9): its token comes in the `X-Kiosk-Device` header (never the
 * address), is looked up by its SHA-256 in the commune the call names, and must not be revoked. A token of another
 * commune is as unknown as a made-up one. Notes the device as seen, at most once a minute.
 */
import { kioskDeviceByToken, touchKioskDevice, type DbOrTx } from '@hgcs/db';
import { DomainError, type CommuneLevelScope } from '@hgcs/domain';
import { hashToken } from '../auth/token.ts';

export type KioskDevice = { id: string; name: string };

export async function deviceOf(
  db: DbOrTx,
  scope: CommuneLevelScope,
  token: string | null,
  now: Date,
): Promise<KioskDevice> {
  if (!token || token.length > 200) throw new DomainError('KIOSK.DEVICE_UNKNOWN');
  const device = await kioskDeviceByToken(db, scope, hashToken(token));
  if (!device) throw new DomainError('KIOSK.DEVICE_UNKNOWN');
  if (device.revokedAt) throw new DomainError('KIOSK.DEVICE_REVOKED');
  await touchKioskDevice(db, scope, device.id, now);
  return { id: device.id, name: device.name };
}
