// The shared rules plus Svelte components: eslint-plugin-svelte's recommended set, <script lang="ts"> parsed by
// typescript-eslint.
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import base from './base.js';

export default tseslint.config(...base, ...svelte.configs.recommended, {
  files: ['**/*.svelte', '**/*.svelte.ts'],
  languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
});
