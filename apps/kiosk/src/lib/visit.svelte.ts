/**
 * What one visitor chose at the kiosk — the village looked for, the interview's answers — kept only in the page's
 * memory (never in the address, storage or history) and wiped with the settings by the inactivity reset.
 */
import { uuid } from './uuid.ts';

export type Answers = {
  kind?: 'neighbours' | 'land' | 'family' | 'harm' | 'other';
  land?: boolean;
  landFiled?: boolean;
  elsewhere?: 'none' | 'court' | 'commune_committee';
  hurt?: boolean;
  danger?: boolean;
};

/** A request for mediation being asked (routes/ask): every field, then the receipt, until the wipe. */
export type AskStep = 'notice' | 'who' | 'contact' | 'about' | 'receipt';
export type Ask = {
  step: AskStep;
  clientKey: string;
  fullName: string;
  villageQuery: string;
  villageId: string | null;
  villageName: string;
  contactVia: 'phone' | 'village_head' | null;
  phone: string;
  category: string | null;
  words: string;
  receipt: { trackingCode: string; factor: string; sentAt: string } | null;
  /** The code and factor this kiosk made for the request when it was first sent (decision 29). */
  offline: { trackingCode: string; factor: string } | null;
  /** Kept on the device (no network): sent when the network returns. */
  queued: boolean;
};
export const newAsk = (): Ask => ({
  step: 'notice',
  clientKey: uuid(),
  fullName: '',
  villageQuery: '',
  villageId: null,
  villageName: '',
  contactVia: null,
  phone: '',
  category: null,
  words: '',
  receipt: null,
  offline: null,
  queued: false,
});

export const visit = $state({
  villageQuery: '',
  villageId: null as string | null,
  answers: {} as Answers,
  ask: newAsk(),
  check: { code: '', factor: '', stage: null as string | null },
});

/** Forgets everything the visitor chose. */
export function wipeVisit() {
  visit.villageQuery = '';
  visit.villageId = null;
  visit.answers = {};
  visit.ask = newAsk();
  visit.check = { code: '', factor: '', stage: null };
}
