import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddedModule } from '../../../scripts/embed-plans.ts';

const dir = new URL('./', import.meta.url);

describe('embedded commune data files', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.plan.yaml'))) {
    it(`${file} is embedded as it is on disk (else run: pnpm --filter @hgcs/domain plans:embed)`, () => {
      const embedded = readFileSync(new URL(file.replace(/\.yaml$/, '.embedded.ts'), dir), 'utf8');
      expect(embedded).toBe(embeddedModule(file, readFileSync(new URL(file, dir), 'utf8')));
    });
  }
});
