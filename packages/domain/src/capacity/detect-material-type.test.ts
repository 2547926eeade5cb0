import { describe, expect, it } from 'vitest';
import { detectMaterialType } from './detect-material-type.ts';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('a materials file’s type, by its bytes', () => {
  it('knows PDF, JPEG, PNG, WebP, MP4 and WebM', () => {
    expect(detectMaterialType(bytes('%PDF-1.7\n'))?.extension).toBe('pdf');
    expect(detectMaterialType(bytes([0xff, 0xd8, 0xff, 0xe0]))?.extension).toBe('jpg');
    expect(detectMaterialType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))?.extension).toBe('png');
    expect(detectMaterialType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))?.mediaType).toBe('image/webp');
    expect(detectMaterialType(bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0]))?.mediaType).toBe('video/mp4');
    expect(detectMaterialType(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'))?.mediaType).toBe(
      'video/webm',
    );
  });
  it('refuses a spreadsheet, a renamed text file, an executable and other ISO brands', () => {
    expect(detectMaterialType(bytes('PK', [3, 4], 'xl/workbook.xml'))).toBeNull();
    expect(detectMaterialType(bytes('Đây là văn bản, đổi tên thành .pdf'))).toBeNull();
    expect(detectMaterialType(bytes('MZ', [0x90, 0]))).toBeNull();
    expect(detectMaterialType(bytes([0, 0, 0, 0x20], 'ftypheic'))).toBeNull();
    expect(detectMaterialType(bytes([0x1a, 0x45, 0xdf, 0xa3], 'matroska'))).toBeNull();
  });
});
