import { describe, expect, it } from 'vitest';
import { materialCreateSchema, materialSearchWords } from './material-input.ts';

const base = {
  title: 'Hòa giải đất đai',
  kind: 'document',
  visibility: 'public',
  url: 'https://moj.gov.vn/tai-lieu.pdf',
  clientKey: '00000000-0000-4000-8000-000000000001',
};

describe('materialCreateSchema', () => {
  it('keeps each tag once, whatever its case', () => {
    const r = materialCreateSchema.parse({ ...base, tags: ['Đất đai', 'đất đai', 'Hôn nhân'] });
    expect(r.tags).toEqual(['Đất đai', 'Hôn nhân']);
    expect(r.language).toBe('vi');
  });
  it('refuses an address that is not https, a short title, a thirteenth tag', () => {
    const bad = (v: object) => materialCreateSchema.safeParse({ ...base, ...v }).error?.issues[0]?.message;
    expect(bad({ url: 'http://moj.gov.vn/a.pdf' })).toBe('field.MATERIAL_URL');
    expect(bad({ url: 'javascript:alert(1)' })).toBe('field.MATERIAL_URL');
    expect(bad({ title: 'ab' })).toBe('field.MATERIAL_TITLE');
    expect(bad({ tags: Array.from({ length: 13 }, (_, i) => `tag${i}`) })).toBe('field.MATERIAL_TAGS_MAX');
    expect(bad({ kind: 'audio' })).toBe('field.MATERIAL_KIND');
  });
});

describe('materialSearchWords', () => {
  it('splits on anything but letters and digits, at most 8 words', () => {
    expect(materialSearchWords("hoa giai: dat-dai & 'x' | !")).toEqual(['hoa', 'giai', 'dat', 'dai', 'x']);
    expect(materialSearchWords('a b c d e f g h i j')).toHaveLength(8);
    expect(materialSearchWords('  ')).toEqual([]);
  });
});
