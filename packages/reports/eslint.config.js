import base from '@hgcs/eslint-config';
export default [
  ...base,
  // The writers are pure: data in, bytes out; the report's date comes in with the data (docs/style.md habit 1).
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^node:', message: 'No I/O in the report writers: return the bytes.' }] },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'No I/O in the report writers.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock: the report date is in the input.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'No clock: the report date is in the input.',
        },
      ],
    },
  },
];
