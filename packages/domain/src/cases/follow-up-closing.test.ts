import { describe, expect, it } from 'vitest';
import { followUpClosing } from './follow-up-closing.ts';

describe('followUpClosing', () => {
  it('waits while a follow-up is open', () => {
    expect(followUpClosing([])).toBeNull();
    expect(
      followUpClosing([
        { afterDays: 30, result: 'kept' },
        { afterDays: 90, result: null },
      ]),
    ).toBeNull();
  });
  it('closes by the latest follow-up: kept → performed, partly or not kept → not performed', () => {
    expect(
      followUpClosing([
        { afterDays: 90, result: 'kept' },
        { afterDays: 30, result: 'not_kept' },
      ]),
    ).toBe('record_performed');
    expect(
      followUpClosing([
        { afterDays: 30, result: 'kept' },
        { afterDays: 90, result: 'partly_kept' },
      ]),
    ).toBe('record_not_performed');
    expect(
      followUpClosing([
        { afterDays: 30, result: 'kept' },
        { afterDays: 90, result: 'not_kept' },
      ]),
    ).toBe('record_not_performed');
  });
});
