import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.ts';
import { exportReasons, requireExportReason } from './export-reason.ts';

const refusal = (raw: unknown) => {
  try {
    requireExportReason(raw);
  } catch (e) {
    if (isDomainError(e)) return e.details.map((d) => `${d.path}:${d.code}`);
    throw e;
  }
  return null;
};

describe('the reason for exporting a list of cases', () => {
  it('is one of the listed purposes, kept as given', () => {
    for (const reason of exportReasons) expect(requireExportReason(reason)).toBe(reason);
  });
  it('is required: missing, blank, free text or another type is refused naming the field', () => {
    for (const raw of [undefined, null, 42, '', '   ', 'Nộp UBND xã', 'PAYMENT', ['payment']])
      expect(refusal(raw)).toEqual(['reason:field.EXPORT_REASON_REQUIRED']);
  });
});
