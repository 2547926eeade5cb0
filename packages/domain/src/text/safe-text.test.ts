import { describe, expect, it } from 'vitest';
import { safeText, safeTextMessages } from './safe-text.ts';

const line = safeText(50, { min: 2 });
const block = safeText(200, { multiline: true });

describe('safeText', () => {
  it('normalises to NFC, unifies line breaks and trims', () => {
    expect(line.parse('  Pờ Tó '.normalize('NFD'))).toBe('Pờ Tó'.normalize('NFC'));
    expect(block.parse('dòng 1\r\ndòng 2\rdòng 3\t.')).toBe('dòng 1\ndòng 2\ndòng 3\t.');
  });

  it('counts length after normalising, so NFD input is not refused for its combining marks', () => {
    const name = 'Làng Bi Dông ơ ư ờ ữ'.normalize('NFD');
    expect(safeText(20).parse(name)).toHaveLength(20);
  });

  it.each([
    ['NUL', 'a\u0000b', safeTextMessages.control],
    ['escape', 'a\u001Bb', safeTextMessages.control],
    ['C1 control', 'a\u0085b', safeTextMessages.control],
    ['DEL', 'a\u007Fb', safeTextMessages.control],
    ['lone high surrogate', 'a\uD800b', safeTextMessages.encoding],
    ['lone low surrogate', 'a\uDC00', safeTextMessages.encoding],
    ['right-to-left override', 'abc\u202Etxt.exe', safeTextMessages.bidi],
    ['first-strong isolate', 'a\u2068b', safeTextMessages.bidi],
    ['noncharacter', 'a\uFFFEb', safeTextMessages.bidi],
  ])('refuses %s with a Vietnamese message', (_name, value, message) => {
    const result = block.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toEqual([message]);
  });

  it('allows a line break only in multi-line text', () => {
    expect(line.safeParse('a\nb').error!.issues[0]!.message).toBe(safeTextMessages.controlSingleLine);
    expect(block.parse('a\nb')).toBe('a\nb');
  });

  it('keeps a valid surrogate pair (emoji) and applies the bounds', () => {
    expect(line.parse('ok 😀')).toBe('ok 😀');
    expect(line.safeParse(' a ').success).toBe(false);
    expect(line.safeParse('x'.repeat(51)).success).toBe(false);
  });
});
