/**
 * Keyset pagination of every registry list: the page after the row `after` (an id, never a name — a cursor ends up
 * in forms and could end up in a URL), at most `limit` rows; the answer's `next` is the id to ask after, or null.
 */
import { z } from 'zod';

export const pageSize = { default: 50, max: 100 } as const;

export const pageInputSchema = z
  .object({
    after: z.string().uuid('field.PAGE_CURSOR').optional(),
    limit: z
      .number()
      .int()
      .min(1, 'field.PAGE_SIZE_MIN')
      .max(pageSize.max, 'field.PAGE_SIZE_MAX')
      .default(pageSize.default),
  })
  .strict();
export type PageInput = z.input<typeof pageInputSchema>;

export type Page<T> = { items: T[]; next: string | null };

/** Cuts the `limit + 1` rows a keyset query read into a page: the extra row only says there is a next page. */
export function toPage<T extends { id: string }>(rows: readonly T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? items[items.length - 1]!.id : null };
}
