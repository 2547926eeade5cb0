/**
 * The packed library as an outside developer gets it: `pnpm pack` (which builds), the tarball's files and manifest,
 * then a plain Node project outside the monorepo installs it, runs every shipped example with plain `node`
 * (their output must equal the source examples' results), runs a script of its own, and typechecks a TypeScript
 * file against the shipped declarations with `tsc` (strict, nodenext, skipLibCheck off).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as source from '../src/index.ts';
import { consolidatedTeam, incompleteTeam, listUnmetTeamRules } from '../examples/check-team-composition.ts';
import { communeYearEnd2027 } from '../examples/commune-kpis.ts';
import { startDeadlineBeforeTet } from '../examples/deadline-before-tet.ts';
import { decideExampleDisputes } from '../examples/decide-mediability.ts';
import { expandPoToPlanFor2027 } from '../examples/expand-po-to-plan.ts';
import { declaredExports, installConsumer, packageDir, packDomain, runNode, tarballFiles } from './packed-package.ts';
import { consumerFiles } from './packed-consumer-files.ts';

/** What each example prints when run (its `if (import.meta.main)` line), computed here from the TypeScript source. */
const examples: Record<string, () => unknown> = {
  'check-team-composition': () => ({
    incompleteTeam: listUnmetTeamRules(incompleteTeam),
    consolidatedTeam: listUnmetTeamRules(consolidatedTeam),
  }),
  'commune-kpis': () => communeYearEnd2027(),
  'deadline-before-tet': () => startDeadlineBeforeTet(),
  'decide-mediability': () => decideExampleDisputes(),
  'expand-po-to-plan': () => expandPoToPlanFor2027(),
};
const exampleNames = readdirSync(join(packageDir, 'examples'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

let tarball = '';
let files: string[] = [];
let consumer = '';

beforeAll(() => {
  tarball = packDomain();
  files = tarballFiles(tarball);
  consumer = installConsumer(tarball, consumerFiles);
}, 300_000);

afterAll(() => {
  if (tarball) rmSync(dirname(tarball), { recursive: true, force: true });
  if (consumer) rmSync(consumer, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('holds the build, the declarations, the docs and every example (source and compiled), and nothing else', () => {
    const expected = [
      'CHANGELOG.md',
      'GLOSSARY.md',
      'LICENSE',
      'README.md',
      'package.json',
      'dist/index.d.ts',
      'dist/index.js',
      'dist/index.js.map',
      ...exampleNames.flatMap((name) => [`examples/${name}.ts`, `examples/dist/${name}.js`]),
    ].sort();
    expect(files).toEqual(expected);
  });

  it('has a manifest an outside project can install: dist exports, zod and yaml only, nothing of the monorepo', () => {
    const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    expect(manifest).toMatchObject({
      name: '@hgcs/domain',
      private: false,
      type: 'module',
      license: 'MIT',
      engines: { node: '>=22' },
      main: './dist/index.js',
      types: './dist/index.d.ts',
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
    });
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['yaml', 'zod']);
    for (const range of Object.values(manifest.dependencies)) expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.scripts).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/workspace:|catalog:|@hgcs\/(?!domain)|src\//);
  });
});

describe('a plain Node project that installed the tarball', () => {
  it('ships one example per source example', () => {
    expect(Object.keys(examples).sort()).toEqual(exampleNames);
  });

  it.each(exampleNames)(
    'runs examples/dist/%s.js with plain node and prints what the source example computes',
    (name) => {
      const out = runNode(consumer, [`node_modules/@hgcs/domain/examples/dist/${name}.js`]);
      expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(examples[name]!())));
    },
  );

  it('prints the Tết deadline of the README from the installed package', () => {
    const out = runNode(consumer, ['node_modules/@hgcs/domain/examples/dist/deadline-before-tet.js']);
    expect(JSON.parse(out)).toEqual({ computeDeadline: '2027-02-12', caseStartDue: '2027-02-12' });
  });

  it('imports the package by name: every export of the source, real DomainErrors, the embedded Pờ Tó plan', () => {
    const out = JSON.parse(runNode(consumer, ['use-domain.js']));
    expect(out.exports).toEqual(Object.keys(source).sort());
    expect(out.deadline).toBe('2027-02-12');
    expect(out.items2027).toBe(source.expandPlan(source.poToPlan, { fromYear: 2027, toYear: 2027 }).length);
    expect(out.error).toEqual({ instanceOfDomainError: true, code: 'CALENDAR.INVALID_PERIOD', kind: 'invalid' });
  });

  it('declares every runtime export in dist/index.d.ts', () => {
    const declared = declaredExports(readFileSync(join(consumer, 'node_modules/@hgcs/domain/dist/index.d.ts'), 'utf8'));
    expect(Object.keys(source).filter((name) => !declared.has(name))).toEqual([]);
  });

  it('typechecks a strict TypeScript file against the shipped declarations (and rejects a wrong call)', () => {
    const tsc = createRequire(join(packageDir, 'package.json')).resolve('typescript/bin/tsc');
    const run = () =>
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer, encoding: 'utf8', stdio: 'pipe' });
    expect(run).not.toThrow();
  }, 120_000);
});
