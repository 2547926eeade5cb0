/**
 * Refuses guessable passwords (ANM-04, ASVS 6.2.4, 6.2.11): beyond the domain's length rule (≥ 12 characters), a
 * password must not be common, repetitive or built from words of its context. The estimate comes from zxcvbn-ts, an
 * offline, well-kept estimator: its common-password list (~49k entries) plus repeats, sequences, keyboard walks,
 * dates and l33t forms. Context words are the product's own ("hoagiai", "ubnd", …), the commune's name, the
 * username and the person's name, each also without diacritics. No composition rules (ASVS 6.2.5).
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { DomainError } from '@hgcs/domain';

/** zxcvbn's score 3 means "safely unguessable: moderate protection from offline slow-hash attacks" (≥ 10^8 guesses). */
const minimumScore = 3;

const productWords = [
  'hoagiai',
  'hoa giai',
  'hoagiaicoso',
  'coso',
  'ubnd',
  'uybannhandan',
  'tuphap',
  'matran',
  'admin',
  'quantri',
  'matkhau',
  'vietnam',
  'gialai',
];

const estimator = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

export type PasswordContext = { username?: string | null; displayName?: string | null; communeName?: string | null };

/** Lower case, without Vietnamese diacritics (đ → d): "Xã Pờ Tó" → "xa po to". */
export function plainWords(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/** The words an attacker who knows the commune and the person would try first. */
export function contextWords(context: PasswordContext): string[] {
  const words = new Set(productWords);
  for (const value of [context.username, context.displayName, context.communeName]) {
    if (!value) continue;
    const plain = plainWords(value);
    const parts = plain.split(/[^a-z0-9]+/).filter(Boolean);
    words.add(parts.join(''));
    // Drop the "xã"/"phường"/"thị trấn" prefix too: people write "poto", not "xapoto".
    if (parts.length > 1) words.add(parts.slice(1).join(''));
    for (const part of parts) if (part.length >= 4) words.add(part);
  }
  return [...words].filter((w) => w.length >= 3);
}

/**
 * True when the password is hard enough to guess as typed and also reduced to what a guesser would try first:
 * lower case, without diacritics, and with its letters and digits only ("Nguyễn Thị Hoa 1" → "nguyenthihoa1").
 */
export function isPasswordAllowed(password: string, context: PasswordContext): boolean {
  const userInputs = contextWords(context);
  const plain = plainWords(password);
  const candidates = new Set([password, plain, plain.replace(/[^a-z0-9]/g, '')].filter((p) => p.length > 0));
  if (ownLetters(plain, userInputs) < minimumOwnLetters) return false;
  return [...candidates].every((p) => estimator.check(p, userInputs).score >= minimumScore);
}

/** Letters left once context words and digits are taken out: "hoagiaipoto2026" has none of its own. */
const minimumOwnLetters = 5;

function ownLetters(plain: string, words: readonly string[]): number {
  let rest = plain.replace(/[^a-z]/g, '');
  for (const word of [...words].sort((a, b) => b.length - a.length))
    rest = rest.replaceAll(word.replace(/[^a-z]/g, ''), '');
  return rest.length;
}

/** Throws AUTH.GUESSABLE_PASSWORD when the password is common, repetitive or made of context words. */
export function assertPasswordAllowed(password: string, context: PasswordContext): void {
  if (!isPasswordAllowed(password, context)) throw new DomainError('AUTH.GUESSABLE_PASSWORD');
}
