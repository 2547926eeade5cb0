/** What the case page's sections receive: the case file as the API answers it, and the page's translator. */
import type { translator } from '@hgcs/i18n';
import type { Api } from '../server/api.ts';

export type CaseFile = Awaited<ReturnType<Api['case']['get']['query']>>;
export type T = ReturnType<typeof translator>;
