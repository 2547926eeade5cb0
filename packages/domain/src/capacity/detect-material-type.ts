/**
 * The type of a materials-library file judged by its bytes, not its name (issue 13 point 3; security.md: uploads
 * checked by content): PDF, DOCX, JPEG, PNG, WebP, MP4 or WebM video, else null — a spreadsheet or anything else is
 * refused. DOCX is a ZIP package recognised by its main part (the host also checks what it unpacks to).
 */
import { detectEvidenceType } from '../plan/detect-evidence-type.ts';

export type MaterialFileType = {
  mediaType: string;
  extension: 'pdf' | 'docx' | 'jpg' | 'png' | 'webp' | 'mp4' | 'webm';
};

/** The largest materials file accepted: 10 MB (the same limit as the host's upload limit on /files). */
export const maxMaterialFileBytes = 10 * 1024 * 1024;

const at = (bytes: Uint8Array, offset: number, signature: number[]) =>
  signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The accepted type of `bytes`, or null. */
export function detectMaterialType(bytes: Uint8Array): MaterialFileType | null {
  const known = detectEvidenceType(bytes);
  if (known && known.extension !== 'xlsx') return known as MaterialFileType;
  if (at(bytes, 0, ascii('RIFF')) && at(bytes, 8, ascii('WEBP'))) return { mediaType: 'image/webp', extension: 'webp' };
  // ISO base media: a box size, then "ftyp" and a brand of the MP4 family (isom, iso2, mp41, mp42, avc1, M4V…).
  if (
    at(bytes, 4, ascii('ftyp')) &&
    /^(isom|iso\d|mp4\d|avc1|M4V |dash)$/.test(String.fromCharCode(...bytes.slice(8, 12)))
  )
    return { mediaType: 'video/mp4', extension: 'mp4' };
  // EBML header with the "webm" doc type near the start.
  if (at(bytes, 0, [0x1a, 0x45, 0xdf, 0xa3]) && String.fromCharCode(...bytes.slice(0, 64)).includes('webm'))
    return { mediaType: 'video/webm', extension: 'webm' };
  return null;
}
