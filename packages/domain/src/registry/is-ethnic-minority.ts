/**
 * Whether an ethnic group is an ethnic minority (dân tộc thiểu số): every one of Viet Nam's 54 groups but the Kinh
 * majority (Law 35/2013 Art. 12.1 asks for an ethnic-minority mediator in ethnic-minority areas). Unknown → false,
 * so an unrecorded ethnicity never makes a team look compliant.
 */
const marks = /\p{M}/gu;

/** The group's name compared without case, diacritics or a leading "dân tộc". */
function normalised(ethnicity: string): string {
  return ethnicity
    .normalize('NFD')
    .replace(marks, '')
    .replaceAll('đ', 'd')
    .replaceAll('Đ', 'D')
    .toLowerCase()
    .replace(/^dan toc\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * @example isEthnicMinority('Jrai') // true
 * @example isEthnicMinority('Kinh') // false
 */
export function isEthnicMinority(ethnicity: string | null | undefined): boolean {
  if (!ethnicity) return false;
  const name = normalised(ethnicity);
  return name !== '' && name !== 'kinh' && name !== 'viet';
}
