/**
 * `pnpm commune:add --code 24014 --name "Xã …" --province "Tỉnh Gia Lai" [--province-code 52] --plan <file>
 * [--villages <file>]`: onboards a commune without code (communes/add-commune.ts) and prints its first
 * administrator's username and one-time setup password, once. The plan file holds the commune's agencies,
 * villages and plan (YAML or JSON, like packages/domain/src/plan/plans/po-to.plan.yaml); `--villages` replaces its
 * villages with a list file. Runs against DATABASE_URL, else the embedded database of HGCS_DATA_DIR — the server of
 * a running product, or one started for the command. Bad input: one clear message per problem (file problems with
 * their line), exit 1, nothing written. An existing code: says so, changes nothing, exit 0.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addCommune } from '@hgcs/api';
import { findProvinceCode, openDeploymentDatabase } from '@hgcs/db';
import {
  communeSchema,
  fieldError,
  isDomainError,
  parsePlanFile,
  parseVillagesFile,
  type Commune,
  type PlanFile,
} from '@hgcs/domain';
import { errorLines, fieldErrorText, operatorText } from '@hgcs/i18n';
import { z } from 'zod';
import { env } from './env.ts';
import { firstSignInLines } from './first-sign-in-lines.ts';

const usage =
  'Cách dùng / usage: pnpm commune:add --code 24014 --name "Xã …" --province "Tỉnh …" [--province-code 52] --plan <tệp.yaml> [--villages <tệp.yaml>]';
const maxFileBytes = 2 * 1024 * 1024;

/** A refusal to show as it is (Vietnamese first), with exit code 1. */
class Refusal extends Error {}

function readArgs() {
  try {
    return parseArgs({
      options: {
        code: { type: 'string' },
        name: { type: 'string' },
        province: { type: 'string' },
        'province-code': { type: 'string' },
        plan: { type: 'string' },
        villages: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new Refusal(`${(error as Error).message}\n${usage}`);
  }
}

/** A data file's text (a relative path is from the repository's root, where `pnpm commune:add` runs). */
function readDataFile(path: string, what: string): string {
  const full = resolve(path);
  let size: number;
  try {
    size = statSync(full).size;
  } catch {
    throw new Refusal(`Không đọc được ${what}: ${path} (không có tệp này) / cannot read ${path}`);
  }
  if (size > maxFileBytes) throw new Refusal(`${what} quá lớn (tối đa 2 MB): ${path}`);
  return readFileSync(full, 'utf8');
}

/** Runs a file's parser; its refusal names the file. */
function inFile<T>(path: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isDomainError(error)) throw new Refusal(`${path}: ${errorLines('vi', error).join('\n')}`);
    throw error;
  }
}

/** Checks everything given before the database is touched. */
function checkInput(): { commune: Omit<Commune, 'provinceCode'> & { provinceCode?: string }; file: PlanFile } {
  const args = readArgs();
  const missing = (['code', 'name', 'province', 'plan'] as const).filter((k) => !args[k]);
  if (missing.length > 0) throw new Refusal(`Thiếu ${missing.map((k) => `--${k}`).join(', ')}.\n${usage}`);
  const given = {
    code: args.code!,
    name: args.name!,
    provinceName: args.province!,
    provinceCode: args['province-code'] ?? '00',
  };
  const commune = communeSchema.safeParse(given, { error: z.locales.vi().localeError });
  if (!commune.success) {
    const flag: Record<string, string> = {
      code: '--code',
      name: '--name',
      provinceName: '--province',
      provinceCode: '--province-code',
    };
    throw new Refusal(
      commune.error.issues
        .map((i) => `${flag[String(i.path[0])] ?? String(i.path[0])}: ${fieldErrorText('vi', fieldError(i))}`)
        .join('\n'),
    );
  }
  const file = inFile(args.plan!, () =>
    parsePlanFile(readDataFile(args.plan!, 'tệp kế hoạch'), { communeCode: commune.data.code }),
  );
  const villages = args.villages;
  if (villages) file.villages = inFile(villages, () => parseVillagesFile(readDataFile(villages, 'tệp thôn, làng')));
  return { commune: { ...commune.data, provinceCode: args['province-code'] }, file };
}

async function main(): Promise<number> {
  const { commune, file } = checkInput();
  const database = await openDeploymentDatabase({
    url: env.DATABASE_URL,
    migrationUrl: env.MIGRATION_DATABASE_URL,
    dataDir: join(env.HGCS_DATA_DIR, 'postgres'),
  });
  try {
    const provinceCode = commune.provinceCode ?? (await findProvinceCode(database.db, commune.provinceName));
    if (!provinceCode)
      throw new Refusal(
        `Chưa có xã nào của ${commune.provinceName} trong hệ thống: cần --province-code (mã tỉnh gồm 2 chữ số, ví dụ 52).`,
      );
    const result = await addCommune(database.db, { commune: { ...commune, provinceCode }, file });
    if (result.status === 'exists') {
      process.stdout.write(
        `Xã mã ${commune.code} (${result.name}) đã có; không thay đổi gì. / Commune ${commune.code} already exists; nothing changed.\n`,
      );
      return 0;
    }
    process.stdout.write(
      `Đã thêm ${commune.name} (${commune.code}, ${commune.provinceName}): ${file.agencies.length} cơ quan, ${file.villages.length} thôn/làng, kế hoạch ${file.plan.code}.\n` +
        firstSignInLines({ username: result.admin.username, password: result.admin.setupPassword, once: true }),
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
        : `Không thêm được xã / could not add the commune: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
