/**
 * A signed-in page made when a test first needs it, not in `beforeAll`: a sign-in that fails (a loaded machine)
 * fails the tests that need that user, and the next such test tries again — it never skips the rest of the file.
 */
import type { Page } from 'playwright-core';

export function lazySession(open: () => Promise<Page>): () => Promise<Page> {
  let pending: Promise<Page> | undefined;
  return () =>
    (pending ??= open().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
