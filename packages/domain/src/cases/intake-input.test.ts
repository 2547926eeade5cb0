import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../errors/field-errors.ts';
import { caseIntakeSchema, intakeChannelSchema, type CaseIntakeInput } from './intake-input.ts';

const walkIn: CaseIntakeInput = {
  teamId: 't1',
  intake: { channel: 'walk_in' },
  requestedOn: '2026-03-02',
  receivedOn: '2026-03-02',
  category: 'interpersonal_conflict',
  summary: 'Tranh chấp lối đi chung giữa hai hộ',
  parties: [
    { fullName: 'Rơ Mah H’Bla', address: 'làng Bi Dông' },
    { fullName: 'Đinh Văn Hùng', address: 'làng Bi Dông', birthYear: 1980, phone: '0905 123 456' },
  ],
  privacyNoticeVersion: 'sha256:0f3a9c1e',
  privacyNoticeGiven: true,
};
const fieldsOf = (input: unknown) => {
  const r = caseIntakeSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(Object.entries(fieldErrors(r.error)).map(([p, e]) => [p, e.code]));
};

describe('caseIntakeSchema (Law 35/2013 Art. 16; PDP-03/04)', () => {
  it('accepts a walk-in with its parties and defaults what was not given', () => {
    const c = caseIntakeSchema.parse(walkIn);
    expect(c.parties[0]).toEqual({ fullName: 'Rơ Mah H’Bla', address: 'làng Bi Dông', birthYear: null, phone: null });
  });
  it('records the referring body of a referral, naming an "other" one', () => {
    expect(intakeChannelSchema.parse({ channel: 'referral', referringBody: 'police' })).toEqual({
      channel: 'referral',
      referringBody: 'police',
      referringBodyName: null,
    });
    expect(
      intakeChannelSchema.parse({ channel: 'referral', referringBody: 'other', referringBodyName: 'Hội Phụ nữ xã' }),
    ).toMatchObject({ referringBodyName: 'Hội Phụ nữ xã' });
    for (const channel of ['team_initiated', 'kiosk'] as const)
      expect(intakeChannelSchema.parse({ channel })).toEqual({ channel });
  });
  it('refuses a referral without its body, or an "other" body without a name', () => {
    expect(fieldsOf({ ...walkIn, intake: { channel: 'referral' } })).toEqual({
      'intake.referringBody': 'field.REFERRING_BODY',
    });
    expect(fieldsOf({ ...walkIn, intake: { channel: 'referral', referringBody: 'other' } })).toEqual({
      'intake.referringBodyName': 'field.REFERRING_BODY_NAME',
    });
    expect(
      fieldsOf({ ...walkIn, intake: { channel: 'referral', referringBody: 'police', referringBodyName: 'Công an' } }),
    ).toEqual({ 'intake.referringBodyName': 'field.REFERRING_BODY_NAME' });
    expect(fieldsOf({ ...walkIn, intake: { channel: 'email' } })).toEqual({ 'intake.channel': 'field.INTAKE_CHANNEL' });
  });
  it('refuses a case received before it was requested, naming the field', () => {
    expect(fieldsOf({ ...walkIn, requestedOn: '2026-03-03' })).toEqual({ receivedOn: 'field.RECEIVED_BEFORE_REQUEST' });
  });
  it('refuses an intake without the privacy notice (PDP-04), without parties, or with a bad phone', () => {
    expect(fieldsOf({ ...walkIn, privacyNoticeGiven: false })).toEqual({
      privacyNoticeGiven: 'field.PRIVACY_NOTICE_REQUIRED',
    });
    expect(fieldsOf({ ...walkIn, parties: [] })).toEqual({ parties: 'field.PARTY_REQUIRED' });
    expect(fieldsOf({ ...walkIn, parties: [{ fullName: 'A B', address: 'x y', phone: 'call me' }] })).toEqual({
      'parties.0.phone': 'field.PHONE',
    });
  });
  it('refuses control characters in the summary and unknown keys such as an ID number (PDP-03)', () => {
    expect(fieldsOf({ ...walkIn, summary: 'Tranh chấp\u202Eđất' })).toEqual({ summary: 'field.TEXT_BIDI' });
    expect(fieldsOf({ ...walkIn, parties: [{ fullName: 'A B', address: 'x y', cccd: '001' }] })).toEqual({
      'parties.0': 'field.UNKNOWN_KEY',
    });
  });
});
