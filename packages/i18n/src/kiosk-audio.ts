/**
 * What the kiosk's generated Vietnamese audio is made from (issue 12, point 6; apps/kiosk/scripts/kiosk-audio.ts):
 * the kiosk texts without placeholders (a text with a name or a number in it cannot be recorded ahead), the
 * espeak-ng voice, and the hash of a text with that voice — the manifest keeps it, and kiosk-audio.test.ts finds
 * texts whose audio is out of date.
 */
import { createHash } from 'node:crypto';

/** espeak-ng's Vietnamese voice, a calm speed, and the files' sample rate. */
export const audioVoice = { args: ['-v', 'vi', '-s', '140'], rate: 8000 } as const;

/** The texts that get an audio file: those without `{placeholders}`. */
export function spokenKioskTexts(texts: ReadonlyMap<string, string>): [string, string][] {
  return [...texts].filter(([, text]) => !/\{\w+\}/.test(text));
}

/** The hash a text's audio file is recorded under (the text and the voice). */
export function audioHash(text: string): string {
  return createHash('sha256')
    .update(`${audioVoice.args.join(' ')}|${audioVoice.rate}|${text}`)
    .digest('hex')
    .slice(0, 16);
}
