import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors/messages.ts';
import { registryMessages } from './messages.ts';

describe('registry messages', () => {
  const codes = Object.keys(registryMessages) as (keyof typeof registryMessages)[];
  it("namespaces every code and registers it with the product's errors (its texts are the catalogue's)", () => {
    for (const code of codes) {
      expect(code).toMatch(/^(IMPORT|REGISTRY)\.[A-Z_]+$/);
      expect(errorCodes[code]).toBe(registryMessages[code]);
    }
  });
});
