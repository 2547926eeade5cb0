// Shared lint rules: typescript-eslint's recommended set, plus the habits of docs/style.md
// (env read only in env.ts files, no stray console in libraries, no switched-off tests, no real clock in tests).
import tseslint from 'typescript-eslint';

const switchedOff = {
  selector: 'CallExpression[callee.property.name=/^(skip|only|todo)$/][callee.object.name=/^(it|test|describe)$/]',
  message: 'No switched-off or focused tests.',
};
// Tests never read the real clock: they pass "today"/"now" in (apps/api's harness clock, the e2e's clock.ts).
const realClock = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Tests never read the real clock: pass "now" in (a harness clock).',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Tests never read the real clock: pass "now" in (a harness clock).',
  },
];
const testFiles = ['**/test/**', '**/*.test.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/build/**',
      '**/dist/**',
      '**/.svelte-kit/**',
      '**/coverage/**',
      '**/drizzle/**',
      '**/data/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment only in env.ts.' },
      ],
      'no-restricted-syntax': ['error', switchedOff],
    },
  },
  { files: testFiles, rules: { 'no-restricted-syntax': ['error', switchedOff, ...realClock] } },
  {
    files: [
      '**/env.ts',
      '**/*.config.ts',
      '**/*.config.js',
      '**/scripts/**',
      '**/e2e/**',
      '**/bench/**',
      '**/test/**',
      '**/*.test.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
);
