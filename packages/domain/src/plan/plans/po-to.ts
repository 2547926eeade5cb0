/**
 * xã Pờ Tó's data — the plan implementing Đề án 315 (Decision 315/QĐ-TTg, 17/04/2024) after Gia Lai's
 * QĐ 1993/QĐ-UBND (01/10/2025), its agencies and its known villages — read from `po-to.plan.yaml` beside this file,
 * the same kind of file any other commune is added with (`pnpm commune:add`). The domain stays pure: the YAML text
 * is embedded by `pnpm --filter @hgcs/domain plans:embed` (po-to.plan.embedded.ts), not read from disk, and
 * `parsePlanFile` checks it when this module loads. po-to.test.ts checks it against the commune's own text.
 */
import type { Agency } from '../../org/agencies.ts';
import type { VillageInput } from '../../org/commune.ts';
import { parsePlanFile } from '../parse-plan-file.ts';
import type { Plan } from '../plan.ts';
import { poToPlanYaml } from './po-to.plan.embedded.ts';

const poTo = parsePlanFile(poToPlanYaml, { communeCode: '24013' });

/** Kế hoạch triển khai Đề án 315 của UBND xã Pờ Tó, 2025–2030 (issued after QĐ 1993/QĐ-UBND of 01/10/2025). */
export const poToPlan: Plan = poTo.plan;

/** The agencies of xã Pờ Tó's plan (2025 two-tier apparatus; court and procuracy of region 12). */
export const poToAgencies: readonly Agency[] = poTo.agencies;

/**
 * The villages known from public sources ([POTO] 2019): the office completes the list in the console.
 * R-UNIT-1: every Pờ Tó village is an ethnic-minority area by default.
 */
export const poToVillages: readonly VillageInput[] = poTo.villages;
