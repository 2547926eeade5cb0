import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trackingCode, trackingCodeSchema } from './tracking-code.ts';

describe('trackingCode (Law 35/2013 Art. 4.3; PDP-18)', () => {
  it('prints 8 Crockford symbols from the low 5 bits of each byte', () => {
    expect(trackingCode(new Uint8Array([0, 1, 2, 31, 32, 63, 200, 255]))).toBe('HG-012Z-0Z8Z');
  });
  it('is the same for the same bytes and never holds I, L, O or U (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 32 }), (bytes) => {
        const code = trackingCode(bytes);
        expect(code).toMatch(/^HG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(trackingCode(bytes)).toBe(code);
        expect(trackingCodeSchema.parse(code)).toBe(code);
      }),
    );
  });
  it('spreads codes: 2,000 random draws give 2,000 codes', () => {
    const codes = new Set<string>();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), (b) => void codes.add(trackingCode(b))),
      { numRuns: 2000, seed: 11 },
    );
    expect(codes.size).toBeGreaterThan(1990);
  });
  it('refuses a random source shorter than 8 bytes, naming the field', () => {
    expect(() => trackingCode(new Uint8Array(7))).toThrow(
      expect.objectContaining({ code: 'CASE.RANDOM_SOURCE_TOO_SHORT', params: { field: 'random', min: 8 } }),
    );
  });
  it('reads a code as people type it: lower case, spaces, no prefix, O for 0, I or L for 1', () => {
    for (const typed of ['hg-012z-0zrz', 'HG 012Z 0ZRZ', '012z0zrz', 'O12ZOZRZ', 'hgo12zozrz'])
      expect(trackingCodeSchema.parse(typed), typed).toBe('HG-012Z-0ZRZ');
    expect(trackingCodeSchema.parse('HG-1I1L-0000')).toBe('HG-1111-0000');
  });
  it('refuses anything else with field.TRACKING_CODE', () => {
    for (const bad of ['', 'HG-012Z-0ZR', 'HG-012Z-0ZRZU', 'HG-012U-0ZRZ', 'Nguyễn Văn A', 'x'.repeat(41)]) {
      const r = trackingCodeSchema.safeParse(bad);
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('field.TRACKING_CODE');
    }
  });
});
