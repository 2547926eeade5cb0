import base from '@hgcs/eslint-config';

// Tooling scripts are edges that read their own environment (the shared config allows it under scripts/ and bench/,
// paths this package's own lint run does not see).
export default [...base, { rules: { 'no-restricted-properties': 'off' } }];
