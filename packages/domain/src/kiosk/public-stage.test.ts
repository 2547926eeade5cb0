import { describe, expect, it } from 'vitest';
import { caseStatuses } from '../mediation/case-state.ts';
import { publicStage, publicStages } from './public-stage.ts';
import { receiptFactor, receiptFactorSchema } from './receipt-factor.ts';
import { kioskRequestSchema } from './request-input.ts';
import { kioskStatusInputSchema } from './status-input.ts';

describe('publicStage', () => {
  it('gives every case state one of the five plain stages', () => {
    for (const s of caseStatuses) expect(publicStages).toContain(publicStage(s));
    expect(publicStage('received')).toBe('received');
    expect(publicStage('suspended')).toBe('paused');
    expect(publicStage('out_of_scope')).toBe('closed');
  });
});

describe('receiptFactor', () => {
  it('prints six symbols from the random bytes and refuses a short source', () => {
    expect(receiptFactor(new Uint8Array([0, 1, 2, 29, 30, 31]))).toBe('012-XYZ');
    expect(() => receiptFactor(new Uint8Array(5))).toThrow();
  });
  it('reads what a person types back into the printed form, and refuses anything else', () => {
    expect(receiptFactorSchema.parse(' k3m q9o ')).toBe('K3M-Q90');
    expect(receiptFactorSchema.parse('il0-abc')).toBe('110-ABC');
    expect(receiptFactorSchema.safeParse('K3M-Q9').success).toBe(false);
    expect(receiptFactorSchema.safeParse('K3M-Q9U').error?.issues[0]?.message).toBe('field.RECEIPT_FACTOR');
  });
});

describe('kioskRequestSchema', () => {
  const good = {
    commune: '24013',
    clientKey: '7f9c1c1e-1f55-4a52-9d4e-5d1f0c7b7a11',
    privacyNoticeVersion: 'kiosk-notice-2026-11-28',
    privacyNoticeGiven: true,
    fullName: 'Rơ Châm H’Lan',
    villageId: '3b0e9c4a-1e0c-4f0e-8b9c-2a1d3e4f5a6b',
    contact: { via: 'village_head' },
    category: 'civil',
  };
  it('takes the least a team needs; the words are optional', () => {
    expect(kioskRequestSchema.parse(good).words).toBeNull();
    expect(kioskRequestSchema.parse({ ...good, contact: { via: 'phone', phone: '0912 345 678' } }).contact).toEqual({
      via: 'phone',
      phone: '0912 345 678',
    });
  });
  it('refuses a request without the notice, a bad phone, a one-letter name, naming the field', () => {
    const messages = (input: unknown) =>
      kioskRequestSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(messages({ ...good, privacyNoticeGiven: false })).toEqual([
      'privacyNoticeGiven:field.PRIVACY_NOTICE_REQUIRED',
    ]);
    expect(messages({ ...good, contact: { via: 'phone', phone: '12' } })).toEqual(['contact.phone:field.PHONE']);
    expect(messages({ ...good, fullName: 'A' })).toEqual(['fullName:field.FULL_NAME_TOO_SHORT']);
    expect(messages({ ...good, contact: { via: 'letter' } })).toEqual(['contact.via:field.KIOSK_CONTACT']);
  });
});

describe('kioskStatusInputSchema', () => {
  it('takes the two codes as typed and refuses a malformed one, naming the field', () => {
    expect(kioskStatusInputSchema.parse({ commune: '24013', code: 'hg 7k3m q9tx', factor: 'k3m q9t' })).toEqual({
      commune: '24013',
      code: 'HG-7K3M-Q9TX',
      factor: 'K3M-Q9T',
    });
    const issues = kioskStatusInputSchema.safeParse({ commune: '2401', code: 'HG-1', factor: '' }).error?.issues;
    expect(issues?.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'commune:field.COMMUNE_CODE',
      'code:field.TRACKING_CODE',
      'factor:field.RECEIPT_FACTOR',
    ]);
  });
});
