/**
 * Reads a commune's data file (YAML or JSON text; the caller reads the file) into checked agencies, villages and
 * plan. Every problem is reported at its line ("dòng 42: plan.groups[1].tasks[0].leadAgency — …"): the shape
 * (zod, as catalogue keys), the plan's own rules (`checkPlan`), unique agency codes and village names, agencies
 * named by tasks that the file lists, and — when `communeCode` is given — that the plan is this commune's.
 */
import type { z } from 'zod';
import { relatedDepartments } from '../org/agencies.ts';
import { checkPlan } from './check-plan.ts';
import { planFileSchema, villagesFileSchema, type PlanFile } from './plan-file.ts';
import { readYaml, throwFileProblems, type FileProblem, type YamlText } from './read-yaml.ts';
import { DomainError } from '../errors/domain-error.ts';
import { fieldError } from '../errors/field-errors.ts';
import type { VillageInput } from '../org/commune.ts';

/** Zod's issues as file problems (an unknown key points at the key itself). */
function shapeProblems(error: z.ZodError): FileProblem[] {
  return error.issues.map((i) => ({
    path: i.code === 'unrecognized_keys' ? [...i.path, i.keys[0]!] : i.path,
    ...fieldError(i),
  }));
}

/** A rule's DomainError as a file problem: its catalogue key `error.<code>` and its values. */
const ruleProblem = (path: PropertyKey[], error: DomainError): FileProblem => ({
  path,
  code: `error.${error.code}`,
  params: { ...error.params },
});

/** A checked commune data file, or `DomainError('PLAN.FILE_INVALID', { line, count })` with the problems as details`. */
export function parsePlanFile(text: string, { communeCode }: { communeCode?: string } = {}): PlanFile {
  const source = readYaml(text);
  const parsed = planFileSchema.safeParse(source.value);
  if (!parsed.success) throwFileProblems(source, shapeProblems(parsed.error));
  const file = parsed.data;
  const problems: FileProblem[] = checkPlan(file.plan).map((p) => ruleProblem(['plan', ...p.path], p.error));
  const problem = (path: PropertyKey[], error: DomainError) => problems.push(ruleProblem(path, error));
  if (communeCode !== undefined && file.plan.communeCode !== communeCode) {
    problem(
      ['plan', 'communeCode'],
      new DomainError('PLAN.WRONG_COMMUNE', { found: file.plan.communeCode, expected: communeCode }),
    );
  }
  const codes = new Set<string>();
  for (const [i, agency] of file.agencies.entries()) {
    if (codes.has(agency.code))
      problem(['agencies', i, 'code'], new DomainError('PLAN.DUPLICATE_AGENCY', { code: agency.code }));
    codes.add(agency.code);
  }
  for (const [g, group] of file.plan.groups.entries()) {
    for (const [t, task] of group.tasks.entries()) {
      const at = ['plan', 'groups', g, 'tasks', t];
      if (!codes.has(task.leadAgency))
        problem([...at, 'leadAgency'], new DomainError('PLAN.UNKNOWN_AGENCY', { code: task.leadAgency }));
      for (const [c, code] of task.coordinatingAgencies.entries()) {
        if (!codes.has(code) && code !== relatedDepartments)
          problem([...at, 'coordinatingAgencies', c], new DomainError('PLAN.UNKNOWN_AGENCY', { code }));
      }
    }
  }
  problems.push(...villageProblems(file.villages, ['villages']));
  if (problems.length > 0) throwFileProblems(source, problems);
  return file;
}

/** A checked villages file (a YAML or JSON list of villages), or `PLAN.FILE_INVALID` with the line. */
export function parseVillagesFile(text: string): VillageInput[] {
  const source: YamlText = readYaml(text);
  const parsed = villagesFileSchema.safeParse(source.value);
  if (!parsed.success) throwFileProblems(source, shapeProblems(parsed.error));
  const problems = villageProblems(parsed.data, []);
  if (problems.length > 0) throwFileProblems(source, problems);
  return parsed.data;
}

/** Two villages of a commune with the same name (the database refuses them too). */
function villageProblems(villages: readonly VillageInput[], at: PropertyKey[]): FileProblem[] {
  const seen = new Set<string>();
  return villages.flatMap((v, i) => {
    const key = v.name.normalize('NFC').toLowerCase();
    const duplicate = seen.has(key);
    seen.add(key);
    return duplicate
      ? [ruleProblem([...at, i, 'name'], new DomainError('PLAN.DUPLICATE_VILLAGE', { name: v.name }))]
      : [];
  });
}
