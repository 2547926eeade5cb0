/** @hgcs/ui — Svelte components and design tokens shared by the admin console and the kiosk. */
export { default as TextSizeControls } from './TextSizeControls.svelte';
export { default as ProgressBar } from './ProgressBar.svelte';
