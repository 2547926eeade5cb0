/**
 * A case closes as successful only with its complete written agreement — Law 35/2013 Art. 24.2 (contents (a)–(h)
 * and every party's and mediator's signature or fingerprint), rule R-CASE-3; the commune asks for the written record
 * for every successful case (it is what the court recognises and what the remuneration is paid on).
 */
import { DomainError } from '../errors/domain-error.ts';
import { checkWrittenAgreement, type WrittenAgreementInput } from '../mediation/check-written-agreement.ts';

/**
 * Throws `CASE.AGREEMENT_REQUIRED` without a record, `CASE.AGREEMENT_INCOMPLETE` naming the missing items
 * (`missing`: 'b, h') with one detail per missing content (its `error.AGREEMENT.*` text); `names` turns the ids
 * of signers into the names the details show.
 */
export function requireCompleteAgreement(
  record: WrittenAgreementInput | null,
  names: Readonly<Record<string, string>> = {},
): void {
  if (record === null) throw new DomainError('CASE.AGREEMENT_REQUIRED', { field: 'agreement' });
  const issues = checkWrittenAgreement(record);
  if (issues.length === 0) return;
  const missing = [...new Set(issues.map((i) => String(i.params.item)))].join(', ');
  throw new DomainError(
    'CASE.AGREEMENT_INCOMPLETE',
    { field: 'agreement', missing },
    issues.map((i) => ({ path: 'agreement', code: `error.${i.code}`, params: named(i.params, names) })),
  );
}

function named(params: Readonly<Record<string, string | number>>, names: Readonly<Record<string, string>>) {
  const signer = params.signer;
  return typeof signer === 'string' && names[signer] ? { ...params, signer: names[signer] } : params;
}
