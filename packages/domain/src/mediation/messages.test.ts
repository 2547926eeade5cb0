import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors/messages.ts';
import { mediationMessages } from './messages.ts';

describe('mediation codes', () => {
  const codes = Object.keys(mediationMessages) as (keyof typeof mediationMessages)[];
  it('namespaces every code and lists it among the product codes (its texts are checked by @hgcs/i18n)', () => {
    for (const code of codes) {
      expect(code).toMatch(/^(MEDIATOR|ELECTION|TEAM|SCOPE|CASE|AGREEMENT|COURT|FUND)\.[A-Z_]+$/);
      expect(errorCodes[code]).toBe(mediationMessages[code]);
    }
  });
});
