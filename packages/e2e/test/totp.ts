/**
 * Second-factor helpers for the browser tests: the key the test API seals TOTP secrets with (passed to it as
 * HGCS_SECRET_KEY), users inserted with an authenticator already enrolled, and codes that are never reused — a
 * code works once, so a second sign-in in the same 30-second step waits for the next step. Codes follow the stack's
 * API clock (clock.ts), not the real one.
 */
import { randomUUID } from 'node:crypto';
import { hashPassword, sealSecret } from '@hgcs/api';
import { insertUser, type Db, type NewUser } from '@hgcs/db';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { e2eNow } from './clock.ts';

export const e2eSecretKey = new Uint8Array(32).fill(24);
export const e2eTotpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const lastStep = new Map<string, number>();

/** A code of `secret` for a step not used before (waits up to 30 s for the next step when needed). */
export async function freshCode(secret: string): Promise<string> {
  let step = Math.floor(e2eNow().getTime() / 30_000);
  if (step <= (lastStep.get(secret) ?? -1)) {
    await new Promise((r) => setTimeout(r, (step + 1) * 30_000 - e2eNow().getTime() + 100));
    step = Math.floor(e2eNow().getTime() / 30_000);
  }
  lastStep.set(secret, step);
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: step * 30_000,
  });
}

/** Inserts a ready account with `password` and the known authenticator secret enrolled (sealed with the test key). */
export async function insertEnrolledUser(
  db: Db,
  user: Omit<NewUser, 'passwordHash' | 'mustChangePassword'>,
  password: string,
) {
  const id = randomUUID();
  return insertUser(db, {
    ...user,
    id,
    passwordHash: await hashPassword(password),
    mustChangePassword: false,
    totpSecret: sealSecret(e2eSecretKey, e2eTotpSecret, id),
    totpEnabled: true,
  });
}

/** Signs in through the console: password, then the authenticator's code on the second page. */
export async function signInWithCode(
  page: Page,
  adminUrl: string,
  username: string,
  password: string,
  secret = e2eTotpSecret,
) {
  await page.goto(`${adminUrl}/sign-in`, { waitUntil: 'networkidle' }); // hydrated: the form posts through SvelteKit
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${adminUrl}/sign-in/totp`);
  await page.getByLabel('Mã 6 chữ số trên ứng dụng xác thực').fill(await freshCode(secret));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.waitForURL(`${adminUrl}/`);
}
