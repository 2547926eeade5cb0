import { describe, expect, it } from 'vitest';
import { detectEvidenceType } from './detect-evidence-type.ts';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('detectEvidenceType', () => {
  it('recognises PDF, JPEG and PNG by their signatures', () => {
    expect(detectEvidenceType(bytes('%PDF-1.7\n'))?.extension).toBe('pdf');
    expect(detectEvidenceType(bytes([0xff, 0xd8, 0xff, 0xe0]))?.extension).toBe('jpg');
    expect(detectEvidenceType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.extension).toBe('png');
  });
  it('tells DOCX from XLSX inside a ZIP package', () => {
    expect(detectEvidenceType(bytes([0x50, 0x4b, 0x03, 0x04], '....word/document.xml'))?.extension).toBe('docx');
    expect(detectEvidenceType(bytes([0x50, 0x4b, 0x03, 0x04], '....xl/workbook.xml'))?.extension).toBe('xlsx');
  });
  it('refuses anything else, whatever its name would say', () => {
    expect(detectEvidenceType(bytes([0x50, 0x4b, 0x03, 0x04], 'evil.exe'))).toBeNull();
    expect(detectEvidenceType(bytes('MZ\x90\x00'))).toBeNull();
    expect(detectEvidenceType(bytes('<html><script>'))).toBeNull();
    expect(detectEvidenceType(new Uint8Array())).toBeNull();
  });
});
