import base from '@hgcs/eslint-config';
export default [{ ignores: ['src/paraglide/**'] }, ...base];
