import { describe, expect, it } from 'vitest';
import { trackingCodeFrom, trackingCodeSchema } from './tracking-code.ts';

describe('trackingCodeFrom', () => {
  it('maps each byte to one unambiguous character and always matches the schema', () => {
    expect(trackingCodeFrom(new Uint8Array([0, 1, 2, 3, 4, 31]))).toBe('HG-01234Z');
    expect(trackingCodeFrom(new Uint8Array([32, 255, 18, 21, 24, 27]))).toBe('HG-0ZJNRV');
    for (let b = 0; b < 256; b += 1) {
      const code = trackingCodeFrom(new Uint8Array(6).fill(b));
      expect(trackingCodeSchema.safeParse(code).success).toBe(true);
      expect(code).not.toMatch(/[ILOU]/);
    }
  });
  it('refuses too few bytes, and the schema refuses anything else', () => {
    expect(() => trackingCodeFrom(new Uint8Array(5))).toThrow(RangeError);
    for (const bad of ['HG-01234', 'HG-0123IO', 'hg-012345', 'XX-012345', 'HG-0123456'])
      expect(trackingCodeSchema.safeParse(bad).success).toBe(false);
  });
});
