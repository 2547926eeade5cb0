import base from '@hgcs/eslint-config';
export default [
  ...base,
  // TypeDoc's generated site (`pnpm docs`, git-ignored).
  { ignores: ['docs/api/**'] },
  // The domain is pure: zod (and yaml, a parser of text it is given) only, no I/O, no clock (docs/style.md habit 1).
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$|yaml$|\\.)', message: '@hgcs/domain imports nothing but zod and yaml.' }] },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'No I/O in the domain.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock in the domain: pass `now` in.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'No clock in the domain: pass `now` in.',
        },
      ],
    },
  },
];
