/**
 * What one visitor chose at the kiosk — the village looked for, the interview's answers — kept only in the page's
 * memory (never in the address, storage or history) and wiped with the settings by the inactivity reset.
 */
export type Answers = {
  kind?: 'neighbours' | 'land' | 'family' | 'harm' | 'other';
  land?: boolean;
  landFiled?: boolean;
  elsewhere?: 'none' | 'court' | 'commune_committee';
  hurt?: boolean;
  danger?: boolean;
};

export const visit = $state({ villageQuery: '', villageId: null as string | null, answers: {} as Answers });

/** Forgets everything the visitor chose. */
export function wipeVisit() {
  visit.villageQuery = '';
  visit.villageId = null;
  visit.answers = {};
}
