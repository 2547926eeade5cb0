import { describe, expect, it } from 'vitest';
import { errorMessages } from '../errors/messages.ts';
import { registryMessages } from './messages.ts';

describe('registry messages', () => {
  const codes = Object.keys(registryMessages) as (keyof typeof registryMessages)[];
  it("namespaces every code, registers it with the product's errors, and uses the same placeholders in both languages", () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of codes) {
      expect(code).toMatch(/^(IMPORT|REGISTRY)\.[A-Z_]+$/);
      expect(errorMessages[code]).toBe(registryMessages[code]);
      expect(holes(registryMessages[code].vi)).toEqual(holes(registryMessages[code].en));
    }
  });
});
