/** The catalogue's words for the domain's training kinds, organiser levels and capacity levels. */
import type { MessageKey } from '@hgcs/i18n';

export const kindKey: Record<string, MessageKey> = {
  training: 'training.kindTraining',
  refresher: 'training.kindRefresher',
  experience_exchange: 'training.kindExchange',
  conference: 'training.kindConference',
  self_study: 'training.kindSelfStudy',
};

export const levelKey: Record<string, MessageKey> = {
  needs_training: 'assessment.levelNeedsTraining',
  competent: 'assessment.levelCompetent',
  good: 'assessment.levelGood',
};

/** Hours or a score as the user's language writes them (Vietnamese: 3,5). */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}
