/**
 * Reads the screen's main text aloud (issue 12, point 6), loaded only when "Nghe" is pressed (it is not in the
 * first screen's scripts). The main text is what the screen shows in its title, lead and tile lines, as shown.
 * - Vietnamese: the browser's speech when the device has a Vietnamese voice; otherwise the audio generated from the
 *   catalogue (scripts/kiosk-audio.ts) under the stable path /audio/vi/ — manifest.json maps each text to its
 *   file — fetched only now, for the service worker to keep offline.
 * - English: the browser's speech when it has an English voice.
 * - Bahnar and Jrai: the commune's recordings, uploaded in the console; until there is one the screen says so.
 */
import type { Lang } from '@hgcs/i18n';

export type Outcome = 'speech' | 'audio' | 'no-recording' | 'unavailable';
type Manifest = Record<string, { text: string; file: string }>;

/** The path of the generated Vietnamese audio (kept offline by the service worker). */
export const audioBase = '/audio/vi/';

let manifest: Promise<Map<string, string>> | undefined;
/** Text → audio file, from the manifest (fetched once). */
function audioFiles(): Promise<Map<string, string>> {
  manifest ??= fetch(`${audioBase}manifest.json`)
    .then((res): Promise<Manifest> | Manifest => (res.ok ? (res.json() as Promise<Manifest>) : {}))
    .then((m) => new Map(Object.values(m).map((e): [string, string] => [e.text, e.file])))
    .catch(() => {
      manifest = undefined;
      return new Map<string, string>();
    });
  return manifest;
}

/** The lines of the screen's main text, in reading order, each once. */
export function screenLines(root: ParentNode = document): string[] {
  const lines = [...root.querySelectorAll('main :is(h1, h2, .lead, .tile-title, legend)')]
    .map((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [...new Set(lines)];
}

/** The device's voice for a language, waiting briefly for the voice list to load. */
async function voiceFor(prefix: string): Promise<SpeechSynthesisVoice | undefined> {
  if (typeof speechSynthesis === 'undefined') return undefined;
  let voices = speechSynthesis.getVoices();
  if (voices.length === 0)
    voices = await new Promise((resolve) => {
      const done = () => resolve(speechSynthesis.getVoices());
      speechSynthesis.addEventListener('voiceschanged', done, { once: true });
      setTimeout(done, 600);
    });
  return voices.find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(prefix));
}

function speak(lines: string[], voice: SpeechSynthesisVoice) {
  speechSynthesis.cancel();
  for (const line of lines) {
    const utterance = new SpeechSynthesisUtterance(line);
    utterance.lang = voice.lang; // the browser picks its voice of that language
    utterance.rate = 0.9;
    speechSynthesis.speak(utterance);
  }
}

/** Plays the files one after another on the page's audio element; stops when its src is changed or cleared. */
async function play(audio: HTMLAudioElement, urls: string[]) {
  for (const url of urls) {
    audio.src = url;
    const ended = new Promise<void>((resolve) => {
      audio.addEventListener('ended', () => resolve(), { once: true });
      audio.addEventListener('emptied', () => resolve(), { once: true });
      audio.addEventListener('error', () => resolve(), { once: true });
    });
    await audio.play().catch(() => undefined);
    await ended;
    if (!audio.src.endsWith(url)) return; // stopped, or another reading began
  }
}

/** Reads the current screen aloud in `lang`; says how (or why not). */
export async function readAloud(lang: Lang, audio: HTMLAudioElement): Promise<Outcome> {
  stopReading(audio);
  const lines = screenLines();
  if (lang === 'bdq' || lang === 'jra') return 'no-recording';
  const voice = await voiceFor(lang === 'vi' ? 'vi' : 'en');
  if (voice) {
    speak(lines, voice);
    return 'speech';
  }
  if (lang !== 'vi') return 'unavailable';
  const files = await audioFiles();
  const urls = lines.flatMap((line) => {
    const file = files.get(line);
    return file ? [`${audioBase}${encodeURIComponent(file)}`] : [];
  });
  if (urls.length === 0) return 'unavailable';
  void play(audio, urls);
  return 'audio';
}

/** Stops any reading. */
export function stopReading(audio: HTMLAudioElement) {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  audio.pause();
  audio.removeAttribute('src');
}
