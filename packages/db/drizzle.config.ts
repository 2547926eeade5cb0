import { defineConfig } from 'drizzle-kit';

// Generates committed SQL migrations from src/schema. Never `push` outside a scratch database.
export default defineConfig({ dialect: 'postgresql', schema: './src/schema/index.ts', out: './drizzle' });
