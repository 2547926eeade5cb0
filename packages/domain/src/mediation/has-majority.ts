/**
 * "More than 50 %" (trên 50%) as the mediation texts use it: strictly more than half, computed on integers so
 * that exactly half is never a majority — Law 35/2013 Art. 8.3.a, NQLT 01/2014 Art. 12.2 (R-MED-2).
 */

/** True when `part` is strictly more than half of `whole` (exactly 50 % is not a majority). */
export function hasMajority(part: number, whole: number): boolean {
  return part * 2 > whole;
}
