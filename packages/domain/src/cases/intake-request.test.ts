import { describe, expect, it } from 'vitest';
import { caseIntakeRequestSchema } from './intake-request.ts';

const form = {
  clientKey: '7f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  teamId: '0b6f5c1e-2d3a-4b4c-9d5e-6f7a8b9c0d1e',
  intake: { channel: 'walk_in' },
  requestedOn: '2027-03-10',
  receivedOn: '2027-03-10',
  category: 'interpersonal_conflict',
  summary: 'Tranh chấp lối đi chung',
  parties: [{ fullName: 'Rơ Châm Hyơn', address: 'Làng A' }],
  privacyNoticeVersion: 'hgcs-pdp-2026-01',
  privacyNoticeGiven: true,
};

describe('caseIntakeRequestSchema', () => {
  it("is main's intake form with the form's key", () => {
    expect(caseIntakeRequestSchema.parse(form)).toMatchObject({
      clientKey: form.clientKey,
      intake: { channel: 'walk_in' },
    });
  });
  it('refuses a team or form key that is not a database id, naming the field', () => {
    const bad = caseIntakeRequestSchema.safeParse({ ...form, teamId: 'team-1', clientKey: 'x' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual(
      expect.arrayContaining([
        ['teamId', 'field.TEAM_ID'],
        ['clientKey', 'field.CLIENT_KEY'],
      ]),
    );
  });
  it('keeps the intake rules: received before the request, a referral without its body', () => {
    const early = caseIntakeRequestSchema.safeParse({ ...form, requestedOn: '2027-03-11' });
    expect(early.error?.issues.map((i) => i.message)).toContain('field.RECEIVED_BEFORE_REQUEST');
    const referral = caseIntakeRequestSchema.safeParse({ ...form, intake: { channel: 'referral' } });
    expect(referral.error?.issues.map((i) => i.path.join('.'))).toContain('intake.referringBody');
  });
  it('refuses unknown fields', () => {
    expect(caseIntakeRequestSchema.safeParse({ ...form, role: 'requester' }).success).toBe(false);
  });
});
