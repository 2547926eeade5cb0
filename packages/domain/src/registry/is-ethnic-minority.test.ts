import { describe, expect, it } from 'vitest';
import { isEthnicMinority } from './is-ethnic-minority.ts';

describe('isEthnicMinority', () => {
  it('is true for a minority group, however written', () => {
    for (const e of ['Jrai', 'Gia Rai', 'Ba Na', 'Bahnar', 'dân tộc Ê Đê', 'Hmông'])
      expect(isEthnicMinority(e)).toBe(true);
  });
  it('is false for the Kinh majority, with any case, diacritics or prefix', () => {
    for (const e of ['Kinh', 'kinh', ' KINH ', 'Dân tộc Kinh', 'Việt']) expect(isEthnicMinority(e)).toBe(false);
  });
  it('is false when unknown', () => {
    expect(isEthnicMinority(null)).toBe(false);
    expect(isEthnicMinority('')).toBe(false);
    expect(isEthnicMinority('   ')).toBe(false);
  });
});
