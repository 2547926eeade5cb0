/**
 * Generates the kiosk's Vietnamese audio (issue 12, point 6) for devices without a Vietnamese voice: every kiosk
 * text without placeholders (@hgcs/i18n/kiosk-texts) spoken by espeak-ng (Debian: `apt-get install espeak-ng`),
 * resampled to 8 kHz, 8-bit mono WAV (small, and every browser plays it), written to static/audio/vi/<key>.wav with
 * static/audio/vi/manifest.json: key → the text and a hash of the text and the voice. Only changed texts are spoken
 * again. The files are committed: building and testing need no espeak-ng; packages/i18n's kiosk-audio test fails
 * (naming this command) when a text changed and its audio was not regenerated.
 * Run: pnpm --filter @hgcs/kiosk audio
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kioskTexts } from '@hgcs/i18n/kiosk-texts';
import { audioHash, audioVoice, spokenKioskTexts } from '@hgcs/i18n/kiosk-audio';

const dir = join(import.meta.dirname, '../static/audio/vi');
const manifestPath = join(dir, 'manifest.json');
type Manifest = Record<string, { text: string; hash: string; file: string }>;

/** 16-bit mono PCM of a WAV file (espeak-ng's output) and its sample rate. */
function readWav(wav: Buffer): { rate: number; samples: Int16Array } {
  let at = 12;
  let rate = 22050;
  while (at < wav.length - 8) {
    const id = wav.toString('ascii', at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === 'fmt ') rate = wav.readUInt32LE(at + 12);
    if (id === 'data') {
      const data = wav.subarray(at + 8, at + 8 + size);
      return { rate, samples: new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.length)) };
    }
    at += 8 + size + (size % 2);
  }
  throw new Error('espeak-ng gave no audio data');
}

/** Averages each output sample's span of input (a simple low-pass), to `rate`, as unsigned 8-bit samples. */
function resample8bit(samples: Int16Array, from: number, rate: number): Buffer {
  const out = Buffer.alloc(Math.floor((samples.length * rate) / from));
  const step = from / rate;
  for (let i = 0; i < out.length; i++) {
    const start = Math.floor(i * step);
    const end = Math.max(start + 1, Math.floor((i + 1) * step));
    let sum = 0;
    for (let j = start; j < end && j < samples.length; j++) sum += samples[j]!;
    const value = sum / (end - start) / 256 + 128;
    out[i] = Math.max(0, Math.min(255, Math.round(value)));
  }
  return out;
}

function wav8bit(data: Buffer, rate: number): Buffer {
  const head = Buffer.alloc(44);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(36 + data.length, 4);
  head.write('WAVEfmt ', 8, 'ascii');
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20); // PCM
  head.writeUInt16LE(1, 22); // mono
  head.writeUInt32LE(rate, 24);
  head.writeUInt32LE(rate, 28); // bytes per second
  head.writeUInt16LE(1, 32); // block align
  head.writeUInt16LE(8, 34); // bits per sample
  head.write('data', 36, 'ascii');
  head.writeUInt32LE(data.length, 40);
  return Buffer.concat([head, data]);
}

mkdirSync(dir, { recursive: true });
const before: Manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {};
const manifest: Manifest = {};
let spoken = 0;
for (const [key, text] of spokenKioskTexts(kioskTexts)) {
  const hash = audioHash(text);
  const file = `${key}.wav`;
  if (before[key]?.hash !== hash || !existsSync(join(dir, file))) {
    const wav = execFileSync('espeak-ng', [...audioVoice.args, '--stdout', text], { maxBuffer: 64 * 1024 * 1024 });
    const { rate, samples } = readWav(wav);
    writeFileSync(join(dir, file), wav8bit(resample8bit(samples, rate, audioVoice.rate), audioVoice.rate));
    spoken++;
  }
  manifest[key] = { text, hash, file };
}
for (const name of readdirSync(dir))
  if (name !== 'manifest.json' && !Object.values(manifest).some((e) => e.file === name)) rmSync(join(dir, name));
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
const total = readdirSync(dir).reduce((sum, name) => sum + readFileSync(join(dir, name)).length, 0);
console.log(`${Object.keys(manifest).length} texts, ${spoken} spoken now; ${(total / 1024).toFixed(0)} KB in ${dir}`);
