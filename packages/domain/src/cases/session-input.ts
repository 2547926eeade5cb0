/**
 * A mediation session (buổi hòa giải, issue 11 point 4) — Law 35/2013 Art. 19 (invited persons, with the other party's
 * consent), Art. 20.1 (place), Art. 21 (held in person, orally; the logbook entry, 21.4). `checkSession` refuses a session
 * the case cannot have: in the future, before the assignment, on a case not being mediated, or attended by a mediator
 * not assigned to it.
 */
import { z } from 'zod';
import { isoDateSchema, type IsoDate } from '../calendar/iso-date.ts';
import { DomainError } from '../errors/domain-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import type { CaseState } from '../mediation/case-state.ts';
import { entityIdSchema } from '../mediation/ids.ts';
import { safeText } from '../text/safe-text.ts';

/**
 * Who may be invited (Art. 19.1): respected members of the clan or community, village elders (già làng), religious
 * dignitaries, people with legal knowledge (the team's legal-support members), people who know the facts, and
 * representatives of agencies or organisations.
 */
export const invitedRoleSchema = z.enum(
  ['village_elder', 'respected_person', 'religious_dignitary', 'legal_support', 'witness', 'agency_representative'],
  { message: 'field.INVITED_ROLE' },
);
export type InvitedRole = z.infer<typeof invitedRoleSchema>;

export const invitedPersonSchema = z
  .object({
    fullName: safeText(160, { min: 2, tooShort: 'field.FULL_NAME_TOO_SHORT', tooLong: 'field.FULL_NAME_TOO_LONG' }),
    role: invitedRoleSchema,
    /** Art. 19.1: invited by the mediator or one party only with the other party's consent. */
    otherPartyConsented: z.literal(true, { message: 'field.INVITE_CONSENT_REQUIRED' }),
  })
  .strict();

/** The session form: date, place, duration, who attended, what was said in brief (sensitive, PDP-02). */
export const caseSessionSchema = z
  .object({
    heldOn: isoDateSchema,
    place: safeText(200, { min: 2, tooShort: 'field.PLACE_REQUIRED', tooLong: 'field.TOO_LONG' }),
    durationMinutes: z.number().int('field.DURATION').min(5, 'field.DURATION').max(720, 'field.DURATION'),
    mediatorIds: z.array(entityIdSchema).min(1, 'field.MEDIATOR_REQUIRED'),
    /** Parties present (ids of the case's parties); Art. 21.1: in person, with the parties. */
    partyIds: z.array(entityIdSchema).min(1, 'field.PARTY_REQUIRED'),
    invited: z.array(invitedPersonSchema).max(20).default([]),
    summary: safeText(4000, { min: 5, multiline: true, tooShort: 'field.SESSION_SUMMARY', tooLong: 'field.TOO_LONG' }),
  })
  .strict();
export type CaseSessionInput = z.input<typeof caseSessionSchema>;
export type CaseSession = z.output<typeof caseSessionSchema>;

/**
 * The session, checked against the case on `today` (issue 11 point 11): `CASE.SESSION_IN_FUTURE`,
 * `CASE.SESSION_BEFORE_ASSIGNMENT`, `CASE.SESSION_CASE_NOT_OPEN` (only an assigned or in-progress case has sessions),
 * `CASE.ATTENDEE_NOT_ASSIGNED`.
 */
export function checkSession(
  input: CaseSessionInput,
  state: Pick<CaseState, 'status' | 'assignedOn' | 'receivedOn' | 'mediatorIds'>,
  today: IsoDate,
): CaseSession {
  const s = parseInput(caseSessionSchema, input);
  if (s.heldOn > today) throw new DomainError('CASE.SESSION_IN_FUTURE', { field: 'heldOn', heldOn: s.heldOn, today });
  if (state.status !== 'assigned' && state.status !== 'in_progress')
    throw new DomainError('CASE.SESSION_CASE_NOT_OPEN', { field: 'heldOn', status: state.status });
  const since = state.assignedOn ?? state.receivedOn;
  if (s.heldOn < since)
    throw new DomainError('CASE.SESSION_BEFORE_ASSIGNMENT', { field: 'heldOn', heldOn: s.heldOn, since });
  const stranger = s.mediatorIds.find((id) => !state.mediatorIds.includes(id));
  if (stranger !== undefined)
    throw new DomainError('CASE.ATTENDEE_NOT_ASSIGNED', { field: 'mediatorIds', mediator: stranger });
  return s;
}
