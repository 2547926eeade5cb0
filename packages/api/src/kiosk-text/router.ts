/**
 * The kiosk in the commune's own languages (issue 12, points 6–7): the console lists the kiosk's texts with the
 * commune's Bahnar or Jrai translations and saves one; the kiosk reads its commune's translations of a language.
 */
import { kioskTranslationListSchema, kioskTranslationPublicSchema, kioskTranslationSaveSchema } from '@hgcs/domain';
import { can, kioskProcedure } from '../procedures.ts';
import { listTranslations } from './list-translations.ts';
import { publicTranslations } from './public-translations.ts';
import { saveTranslation } from './save-translation.ts';

export const kioskTextRouter = {
  list: can('translation.read')
    .input(kioskTranslationListSchema)
    .query(({ ctx, input }) => listTranslations(ctx.db, ctx.scope, input.lang)),
  save: can('translation.manage')
    .input(kioskTranslationSaveSchema)
    .mutation(({ ctx, input }) => saveTranslation(ctx, input)),
  /** For the kiosk and the portal: the commune's translations of one language and which texts are recorded. */
  public: kioskProcedure
    .input(kioskTranslationPublicSchema)
    .query(({ ctx, input }) => publicTranslations(ctx.db, Number(input.commune), input.lang)),
};
