import type { Api } from '#lib/server/api.ts';
import type { Lang } from '@hgcs/i18n';

declare global {
  namespace App {
    interface Locals {
      api: Api;
      token: string | null;
      lang: Lang;
    }
  }
}
export {};
