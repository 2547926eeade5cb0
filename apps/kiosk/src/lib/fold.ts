/**
 * Search without diacritics: "po to" finds "Pờ Tó", "bi dong" finds "Làng Bi Dông". Marks are dropped after
 * canonical decomposition, đ becomes d, case is ignored, spaces collapse.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word typed appears in the name, diacritics and case aside ("to po" finds "Pờ Tó" too). */
export function matches(name: string, typed: string): boolean {
  const hay = fold(name);
  return fold(typed)
    .split(' ')
    .every((word) => hay.includes(word));
}
