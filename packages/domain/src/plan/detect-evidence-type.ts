/**
 * The type of an evidence file judged by its content, not its name (security.md: uploads checked by content):
 * PDF, JPEG, PNG, DOCX or XLSX, else null. DOCX and XLSX are ZIP packages recognised by their main part's name.
 */
export type EvidenceType = { mediaType: string; extension: 'pdf' | 'jpg' | 'png' | 'docx' | 'xlsx' };

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const contains = (bytes: Uint8Array, text: string) => {
  const needle = new TextEncoder().encode(text);
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/** The evidence type of `bytes`, or null when it is none of the accepted types. */
export function detectEvidenceType(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mediaType: 'application/pdf', extension: 'pdf' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mediaType: 'image/png', extension: 'png' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (contains(bytes, 'word/document.xml'))
      return {
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    if (contains(bytes, 'xl/workbook.xml'))
      return { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
  }
  return null;
}

/** The largest evidence file accepted: 10 MB. */
export const maxEvidenceBytes = 10 * 1024 * 1024;
