import base from '@hgcs/eslint-config';
export default base;
