// The repository's formatting: the shared settings (tooling/prettier) plus Svelte components.
import shared from '@hgcs/prettier-config';

export default {
  ...shared,
  plugins: ['prettier-plugin-svelte'],
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
