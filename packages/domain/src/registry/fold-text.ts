/**
 * Folds Vietnamese text for matching what people type: no diacritics (đ → d), lower case, anything but letters and
 * digits as single spaces. "Tổ  hòa-giải Làng BI DÔNG" and "to hoa giai lang bi dong" fold alike.
 */

/** The folded form of a text, for comparing names, headers and places typed with or without diacritics. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
