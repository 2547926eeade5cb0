import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.ts';
import { parsePlanFile, parseVillagesFile } from './parse-plan-file.ts';
import { poToPlanYaml } from './plans/po-to.plan.embedded.ts';
import { poToAgencies, poToPlan, poToVillages } from './plans/po-to.ts';

const lines = poToPlanYaml.split('\n');
/** The 1-based line of the n-th line (from `after`) that contains `text`. */
const lineOf = (text: string, after = 0) => lines.findIndex((l, i) => i >= after && l.includes(text)) + 1;
/** The file with the line `at` (1-based) replaced. */
const edit = (at: number, replace: (line: string) => string) =>
  lines.map((l, i) => (i === at - 1 ? replace(l) : l)).join('\n');

/** The failure's code, first line, and its problems as "line: path — key {params}" (the edge renders the keys). */
function failure(run: () => unknown): { code: string; line: number; message: string } {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) {
      const message = error.details
        .map((d) => `${d.line}: ${d.path} — ${d.code} ${JSON.stringify(d.params)}`)
        .join('; ');
      return { code: error.code, line: Number(error.params.line), message };
    }
    throw error;
  }
  throw new Error('expected a failure');
}

describe('parsePlanFile', () => {
  it("reads Pờ Tó's file into its agencies, villages and plan", () => {
    const file = parsePlanFile(poToPlanYaml, { communeCode: '24013' });
    expect(file.plan).toEqual(poToPlan);
    expect(file.agencies).toEqual(poToAgencies);
    expect(file.villages).toEqual(poToVillages);
    expect(parsePlanFile(JSON.stringify(file)).plan).toEqual(poToPlan); // JSON is YAML too
  });

  it('reports a bad value at its line, with its field key', () => {
    const at = lineOf('leadAgency: economy');
    const bad = failure(() => parsePlanFile(edit(at, (l) => l.replace('economy', 'Kinh Te'))));
    expect(bad).toMatchObject({ code: 'PLAN.FILE_INVALID', line: at });
    expect(bad.message).toContain(`${at}: plan.groups[`);
    expect(bad.message).toContain('field.AGENCY_CODE');
  });

  it('reports an agency the file does not list, a wrong type and an unknown key at their lines', () => {
    const lead = lineOf('leadAgency: culture_society');
    expect(failure(() => parsePlanFile(edit(lead, (l) => l.replace('culture_society', 'culture'))))).toMatchObject({
      line: lead,
      message: expect.stringContaining(
        `${lead}: plan.groups[4].tasks[0].leadAgency — error.PLAN.UNKNOWN_AGENCY {"code":"culture"}`,
      ),
    });
    const partner = lineOf('- police');
    expect(failure(() => parsePlanFile(edit(partner, (l) => l.replace('police', 'commune_police'))))).toMatchObject({
      line: partner,
      message: expect.stringContaining('coordinatingAgencies[0] — error.PLAN.UNKNOWN_AGENCY {"code":"commune_police"}'),
    });
    const year = lineOf('startYear: 2025');
    expect(failure(() => parsePlanFile(edit(year, () => '  startYear: "hai nghìn"')))).toMatchObject({
      line: year,
      message: expect.stringContaining(`${year}: plan.startYear — field.MISSING`),
    });
    const weight = lineOf('weight: 1', lineOf('code: "4"'));
    expect(failure(() => parsePlanFile(edit(weight, (l) => l.replace('weight', 'wieght'))))).toMatchObject({
      line: weight,
      message: expect.stringContaining('wieght'),
    });
  });

  it("reports the plan's own rules, the commune and duplicate villages by line", () => {
    const code = lineOf('- code: 3b');
    expect(failure(() => parsePlanFile(edit(code, (l) => l.replace('3b', '3a'))))).toMatchObject({
      line: code,
      message: expect.stringContaining('error.PLAN.DUPLICATE_CODE {"code":"3a"}'),
    });
    const to = lineOf('to: 2030');
    expect(failure(() => parsePlanFile(edit(to, (l) => l.replace('2030', '2031'))))).toMatchObject({
      line: lineOf('timing:', to - 4),
    });
    expect(failure(() => parsePlanFile(poToPlanYaml, { communeCode: '24014' }))).toMatchObject({
      line: lineOf('communeCode:'),
      message: expect.stringContaining('error.PLAN.WRONG_COMMUNE {"found":"24013","expected":"24014"}'),
    });
    const village = lineOf('- name: Làng Bi Da');
    expect(failure(() => parsePlanFile(edit(village, (l) => l.replace('Bi Da', 'Bi Dông'))))).toMatchObject({
      line: village,
    });
  });

  it('reports a YAML syntax error at its line and refuses an alias bomb', () => {
    const at = lineOf('endYear: 2030');
    expect(failure(() => parsePlanFile(edit(at, () => 'endYear: [2030')))).toMatchObject({
      code: 'PLAN.FILE_INVALID',
      message: expect.stringContaining('field.YAML_SYNTAX'),
    });
    expect(failure(() => parsePlanFile(edit(at, () => '  endYear: 2030\n  endYear: 2031')))).toMatchObject({
      line: at + 1,
    });
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [*${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}]`,
      ),
    ].join('\n');
    expect(failure(() => parsePlanFile(bomb))).toMatchObject({ code: 'PLAN.FILE_INVALID' });
  });
});

describe('parseVillagesFile', () => {
  it('reads a list of villages and reports a bad one by line', () => {
    expect(
      parseVillagesFile('- name: Làng Plei Ơi\n- name: Thôn 3\n  ethnicMinorityArea: false\n  households: 120\n'),
    ).toEqual([
      { name: 'Làng Plei Ơi', ethnicMinorityArea: true, households: null },
      { name: 'Thôn 3', ethnicMinorityArea: false, households: 120 },
    ]);
    expect(failure(() => parseVillagesFile('- name: Làng Plei Ơi\n- name: Thôn 3\n  households: -4\n'))).toMatchObject({
      line: 3,
      message: expect.stringContaining('3: [1].households — field.TOO_SMALL'),
    });
    expect(failure(() => parseVillagesFile('- name: Thôn 3\n- name: thôn 3\n'))).toMatchObject({ line: 2 });
  });
});
