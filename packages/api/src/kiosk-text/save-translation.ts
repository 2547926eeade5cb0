/**
 * Saves the commune's translation of one kiosk text (issue 12, point 7), in one transaction with its audit row.
 * The key must be one of the kiosk's texts and the translation must keep the Vietnamese text's placeholders; an
 * empty text removes the translation. Saving the same text again changes nothing and writes no audit row.
 */
import { deleteKioskTranslation, kioskTranslation, upsertKioskTranslation, withAudit } from '@hgcs/db';
import { checkTranslationPlaceholders, DomainError, type KioskTranslationSave } from '@hgcs/domain';
import { kioskTexts } from '@hgcs/i18n/kiosk-texts';
import { actorIn, type ScopedContext } from '../context.ts';

export async function saveTranslation(ctx: ScopedContext, input: KioskTranslationSave): Promise<{ changed: boolean }> {
  const source = kioskTexts.get(input.key);
  if (source === undefined) throw new DomainError('KIOSK.TEXT_UNKNOWN', { field: 'key' });
  const text = input.text.trim();
  if (text !== '') checkTranslationPlaceholders(source, text);
  const communeId = ctx.scope.communeId;
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const before = await kioskTranslation(tx, communeId, input.lang, input.key);
    if ((before?.text ?? '') === text) return { changed: false };
    if (text === '') await deleteKioskTranslation(tx, communeId, input.lang, input.key);
    else
      await upsertKioskTranslation(tx, {
        communeId,
        lang: input.lang,
        key: input.key,
        text,
        by: ctx.user.userId,
        at: ctx.now,
      });
    await audit({
      action: 'kiosk_text.translate',
      objectType: 'kiosk_text',
      objectId: `${input.lang}:${input.key}`,
      before: before ? { text: before.text } : undefined,
      after: text === '' ? undefined : { text },
    });
    return { changed: true };
  });
}
