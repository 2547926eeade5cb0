/** The work item as the console's item page receives it from `workItem.get` (a type only; nothing server-side ships). */
import type { Api } from '../server/api.ts';

export type Item = Awaited<ReturnType<Api['workItem']['get']['query']>>;
