import { describe, expect, it } from 'vitest';
import { pageInputSchema, toPage } from './page.ts';

describe('toPage', () => {
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('says there is a next page when the query read one row more', () => {
    expect(toPage(rows, 2)).toEqual({ items: [{ id: 'a' }, { id: 'b' }], next: 'b' });
  });
  it('says there is none otherwise', () => {
    expect(toPage(rows, 3)).toEqual({ items: rows, next: null });
    expect(toPage([], 3)).toEqual({ items: [], next: null });
  });
  it('refuses a cursor that is not an id and a page too large', () => {
    expect(pageInputSchema.safeParse({ after: 'Rơ Mah' }).success).toBe(false);
    expect(pageInputSchema.safeParse({ limit: 101 }).success).toBe(false);
    expect(pageInputSchema.parse({})).toEqual({ limit: 50 });
  });
});
