/**
 * `pnpm province:add-admin --province 52 [--name "Tỉnh Gia Lai"]`: creates the province's first administrator
 * (`admin.tinh52`, role `province_admin`) and prints its one-time setup password, once — so a fresh deployment reaches
 * the province pages ("Các xã trong tỉnh", "Thêm xã") without code. The province is known from a commune of it, or
 * created from `--name`. Runs against DATABASE_URL, else the embedded database of HGCS_DATA_DIR. An existing
 * administrator: says so, changes nothing, exit 0. Bad input: one clear message, exit 1, nothing written.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addProvinceAdmin } from '@hgcs/api';
import { openDeploymentDatabase } from '@hgcs/db';
import { fieldError, isDomainError, safeText } from '@hgcs/domain';
import { fieldErrorText, operatorText } from '@hgcs/i18n';
import { env } from './env.ts';
import { firstSignInLines } from './first-sign-in-lines.ts';

const usage = 'Cách dùng / usage: pnpm province:add-admin --province 52 [--name "Tỉnh Gia Lai"]';

class Refusal extends Error {}

function checkInput(): { provinceCode: string; provinceName?: string } {
  let values;
  try {
    values = parseArgs({
      options: { province: { type: 'string' }, name: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new Refusal(`${(error as Error).message}\n${usage}`);
  }
  if (!values.province) throw new Refusal(`Thiếu --province.\n${usage}`);
  if (!/^\d{2}$/.test(values.province)) throw new Refusal('--province: Mã tỉnh gồm 2 chữ số (ví dụ 52).');
  if (values.name === undefined) return { provinceCode: values.province };
  const name = safeText(120, {
    min: 2,
    tooShort: 'field.PROVINCE_NAME_TOO_SHORT',
    tooLong: 'field.PROVINCE_NAME_TOO_LONG',
  }).safeParse(values.name);
  if (!name.success) throw new Refusal(`--name: ${fieldErrorText('vi', fieldError(name.error.issues[0]!))}`);
  return { provinceCode: values.province, provinceName: name.data };
}

async function main(): Promise<number> {
  const input = checkInput();
  const database = await openDeploymentDatabase({
    url: env.DATABASE_URL,
    migrationUrl: env.MIGRATION_DATABASE_URL,
    dataDir: join(env.HGCS_DATA_DIR, 'postgres'),
  });
  try {
    const result = await addProvinceAdmin(database.db, input);
    if (result.status === 'exists') {
      process.stdout.write(
        `Tài khoản ${result.username} đã có; không thay đổi gì. / ${result.username} already exists; nothing changed.\n`,
      );
      return 0;
    }
    process.stdout.write(
      `Đã tạo quản trị cấp tỉnh của ${result.provinceName} (${input.provinceCode}).\n` +
        firstSignInLines({ username: result.username, password: result.setupPassword, once: true }),
    );
    return 0;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  const message =
    error instanceof Refusal
      ? error.message
      : isDomainError(error)
        ? operatorText(error.code, error.params)
        : `Không tạo được tài khoản / could not create the account: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
