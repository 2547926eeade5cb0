/**
 * What the console sends to record a mediator's request for accident support (Law 35/2013 Art. 9.7; Circular 56/2023
 * Art. 3.17; issue 11, point 9): the mediator of the commune, the day it happened (not after today), what happened
 * in brief, the harm (injured or died, with the day of death), the circumstance `decideAccidentSupport` needs, and
 * the case by tracking code when there is one. `toAccidentInput` turns it into the decision's input.
 */
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.ts';
import { safeText } from '../text/safe-text.ts';
import { trackingCodeSchema } from '../cases/tracking-code.ts';
import type { AccidentInput } from './decide-accident-support.ts';

/** The harm the domain knows: hurt (medical costs, lost income) or killed (also the funeral). */
export const accidentHarms = ['injured', 'died'] as const;
export type AccidentHarm = (typeof accidentHarms)[number];

export const accidentSupportRecordSchema = z
  .object({
    clientKey: z.string().uuid('field.CLIENT_KEY'),
    mediatorId: z.string().uuid('field.ACCIDENT_MEDIATOR'),
    occurredOn: isoDateSchema,
    whatHappened: safeText(1000, { min: 5, multiline: true, tooShort: 'field.ACCIDENT_WHAT' }),
    harm: z.enum(accidentHarms, { error: 'field.ACCIDENT_HARM' }),
    /** Required when the mediator died of it; null otherwise. */
    diedOn: isoDateSchema.nullable().default(null),
    circumstance: z.enum(['while_mediating', 'travelling_to_or_from', 'other'], {
      error: 'field.ACCIDENT_CIRCUMSTANCE',
    }),
    reasonableRouteAndTime: z.boolean().nullable().default(null),
    hasHealthInsurance: z.boolean({ error: 'field.ACCIDENT_INSURANCE' }),
    trackingCode: trackingCodeSchema.nullable().default(null),
  })
  .strict()
  .superRefine((a, ctx) => {
    if ((a.harm === 'died') !== (a.diedOn !== null))
      ctx.addIssue({ code: 'custom', path: ['diedOn'], message: 'field.ACCIDENT_DIED_ON' });
    if (a.diedOn !== null && a.diedOn < a.occurredOn)
      ctx.addIssue({ code: 'custom', path: ['diedOn'], message: 'field.DIED_BEFORE_ACCIDENT' });
    if (a.circumstance === 'travelling_to_or_from' && a.reasonableRouteAndTime === null)
      ctx.addIssue({ code: 'custom', path: ['reasonableRouteAndTime'], message: 'field.ROUTE_REQUIRED' });
  });
export type AccidentSupportRecordInput = z.input<typeof accidentSupportRecordSchema>;
export type AccidentSupportRecord = z.output<typeof accidentSupportRecordSchema>;

/** The decision's input from a recorded request (the route answer only counts while travelling). */
export function toAccidentInput(r: {
  circumstance: AccidentSupportRecord['circumstance'];
  reasonableRouteAndTime: boolean | null;
  occurredOn: string;
  diedOn: string | null;
  hasHealthInsurance: boolean;
}): AccidentInput {
  return {
    circumstance: r.circumstance,
    reasonableRouteAndTime: r.circumstance === 'travelling_to_or_from' ? r.reasonableRouteAndTime : null,
    occurredOn: r.occurredOn,
    diedOn: r.diedOn,
    hasHealthInsurance: r.hasHealthInsurance,
  };
}

/** Which year's list to read. */
export const accidentSupportListSchema = z.object({ year: z.number().int().min(2014).max(2100) }).strict();
