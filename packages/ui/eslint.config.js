import svelte from '@hgcs/eslint-config/svelte';
export default svelte;
