/**
 * The files of the outside project in packed-package.test.ts: a script that imports the package by name, and a
 * strict TypeScript file (nodenext resolution, skipLibCheck off) that uses its types. `@ts-expect-error` lines fail
 * the typecheck if the declarations turn into `any`.
 */
export const consumerFiles: Record<string, string> = {
  'use-domain.js': `import * as domain from '@hgcs/domain';
import { computeDeadline, DomainError, expandPlan, poToPlan } from '@hgcs/domain';

const out = {
  exports: Object.keys(domain).sort(),
  deadline: computeDeadline('2027-02-04', { amount: 3, unit: 'days' }),
  items2027: expandPlan(poToPlan, { fromYear: 2027, toYear: 2027 }).length,
};
try {
  computeDeadline('2027-02-04', { amount: 3, unit: 'fortnights' });
} catch (e) {
  out.error = { instanceOfDomainError: e instanceof DomainError, code: e.code, kind: e.kind };
}
console.log(JSON.stringify(out));
`,
  'check-types.ts': `import { checkTeamComposition, computeDeadline, DomainError, poToPlan, type IsoDate, type Plan, type TeamInput } from '@hgcs/domain';

const plan: Plan = poToPlan;
const due: IsoDate = computeDeadline('2027-02-04', { amount: 3, unit: 'days' });
const team: TeamInput = { leaderId: 'm1', members: [{ mediatorId: 'm1', sex: 'female', ethnicMinority: true }] };
const codes: string[] = checkTeamComposition(team).map((issue) => issue.code);
const error = new DomainError('AUTH.LOCKED', { seconds: 900 });
// @ts-expect-error: AUTH.LOCKED's message needs its seconds
new DomainError('AUTH.LOCKED', {});
// @ts-expect-error: 'fortnights' is not a unit of a legal deadline
computeDeadline('2027-02-04', { amount: 3, unit: 'fortnights' });
// @ts-expect-error: a plan has no such field
plan.nonexistentField;
export const checked = { plan, due, codes, error };
`,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'es2023',
      module: 'nodenext',
      moduleResolution: 'nodenext',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: [],
    },
    files: ['check-types.ts'],
  }),
};
