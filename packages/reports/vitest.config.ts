import { baseConfig } from '@hgcs/vitest-config';
export default baseConfig;
