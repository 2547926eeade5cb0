import { expect, it } from 'vitest';
import { redactAudit } from '../src/queries/redact-audit.ts';

it('keeps allow-listed fields and records any other field by name only', () => {
  expect(redactAudit(undefined, { username: 'nguyenvana', role: 'officer', agencyCode: 'police' })).toEqual({
    before: null,
    after: { username: '[changed]', role: 'officer', agencyCode: 'police' },
  });
});

it('leaves out a private field that did not change and one created empty', () => {
  expect(redactAudit({ notes: 'x', status: 'done' }, { notes: 'x', status: 'done' })).toEqual({
    before: { status: 'done' },
    after: { status: 'done' },
  });
  expect(redactAudit(null, { requestedBy: null, requestReason: 'Tranh chấp đất', year: 2026 })).toEqual({
    before: null,
    after: { requestReason: '[changed]', year: 2026 },
  });
});

it('treats a new field as private by default, and an allow-listed field holding an object as private too', () => {
  const { after } = redactAudit(undefined, { someNewField: 'Lê Thị C', status: { name: 'Lê Thị C' } });
  expect(after).toEqual({ someNewField: '[changed]', status: '[changed]' });
});

it('marks a private field that was removed in before', () => {
  expect(redactAudit({ label: 'Biên bản' }, {})).toEqual({ before: { label: '[changed]' }, after: {} });
});
