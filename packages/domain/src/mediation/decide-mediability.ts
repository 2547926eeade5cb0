/**
 * Can this problem be mediated at the grassroots, and if not, where should the citizen go? — Law 35/2013
 * Art. 1.2, 3, 10.4–10.5; Decree 15/2014 Art. 5 (🟡) and Art. 6 (❓); rules R-SCOPE-0 and R-SCOPE-1.
 * A dispute over land-use rights is a civil dispute within grassroots mediation (Decree 15/2014 Art. 5.1.b; the Land
 * Law 2024 Art. 235.1 encourages it, 🟡); only one already filed with the commune People's Committee for the Land
 * Law's own mediation (Art. 235.2, a procedure Law 35/2013 Art. 1.2 leaves out) goes there instead (R-SCOPE-0).
 */
import { z } from 'zod';
import { issue, type Issue, type MediationCode } from './issue.ts';
import { parseInput } from '../errors/parse-input.ts';
import {
  administrativeStatusSchema,
  criminalStatusSchema,
  otherProcedureSchema,
  scopeCategorySchema,
  type CriminalStatus,
  type OtherProcedure,
  type ScopeCategory,
} from './scope-categories.ts';
import {
  poToReferralAgencies,
  referralTo,
  type Referral,
  type ReferralAgencies,
  type ReferralTarget,
} from './scope-referrals.ts';

const mediableCriminal: readonly CriminalStatus[] = [
  'not_prosecuted_no_sanction',
  'victim_did_not_request',
  'case_dropped_no_sanction',
];

/** The facts of a problem as staff (or the kiosk's questions) establish them. Unknown facts default to "no". */
export const disputeSchema = z
  .object({
    category: scopeCategorySchema,
    /**
     * The procedure the matter is already in, if any (Law 35/2013 Art. 1.2); `land_dispute_commune` = filed with the
     * commune People's Committee for land-dispute mediation (Land Law 2024 Art. 235.2).
     */
    otherProcedure: otherProcedureSchema.nullable().default(null),
    /** The dispute is over land-use rights (Decree 15/2014 Art. 5.1.b): mediable here, not excluded by itself. */
    landUseRights: z.boolean().default(false),
    harmsStateOrPublicInterest: z.boolean().default(false),
    marriageFamilyForStateBody: z.boolean().default(false),
    civilTransactionUnlawfulOrUnethical: z.boolean().default(false),
    criminal: criminalStatusSchema.default('none'),
    administrative: administrativeStatusSchema.default('none'),
    barredByOtherLaw: z.boolean().default(false),
    riskOfViolence: z.boolean().default(false),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.category === 'mediable_criminal' && !mediableCriminal.includes(d.criminal))
      ctx.addIssue({ code: 'custom', path: ['criminal'], message: 'field.CRIMINAL_NOT_MEDIABLE' });
    if (d.category === 'mediable_administrative' && d.administrative !== 'mediable_exception')
      ctx.addIssue({ code: 'custom', path: ['administrative'], message: 'field.ADMINISTRATIVE_NOT_MEDIABLE' });
  });
export type DisputeInput = z.input<typeof disputeSchema>;

/**
 * ❓ Parameters for unverified text: whether categories 6 and 7 of Decree 15/2014 Art. 5.1 are in scope (default
 * yes, as Law Art. 3.1 admits every matter not excluded), whether a criminal case opened then dropped is mediable
 * (item 5(iii), default yes), and which commune agency each referral names.
 */
export const scopeRulesSchema = z
  .object({
    administrativeExceptionsMediable: z.boolean().default(true),
    otherMattersMediable: z.boolean().default(true),
    droppedCriminalCasesMediable: z.boolean().default(true),
  })
  .strict();
export type ScopeRules = z.input<typeof scopeRulesSchema>;

/** An exclusion found in the facts and the referral it implies. */
export type Exclusion = Issue & { referral: Referral };
/** A duty to report that applies whatever the scope (Law 35/2013 Art. 10.4–10.5). */
export type ReportDuty = { duty: 'risk_of_violence' | 'signs_of_violation'; vi: string; en: string };

/** Mediable or not, every exclusion with its referral, and the duties to report — R-SCOPE-1. */
export type MediabilityDecision = {
  mediable: boolean;
  category: ScopeCategory;
  exclusions: Exclusion[];
  reports: ReportDuty[];
  /**
   * Where the parties go if the grassroots mediation fails (Law 35/2013 Art. 21.3, 27): for a land-use-rights dispute
   * the commune People's Committee's land mediation, required before the authorities or a court decide (Land Law 2024
   * Art. 235.2, 🟡); null when the general guidance applies.
   */
  ifUnsuccessful: Referral | null;
};

const procedureReferral: Record<OtherProcedure, ReferralTarget> = {
  court: 'court',
  arbitration: 'arbitration_or_commercial_mediation',
  commercial_mediation: 'arbitration_or_commercial_mediation',
  labour_mediation: 'labour_mediator',
  commune_committee: 'commune_committee',
  land_dispute_commune: 'commune_land_mediation',
};

const reportTexts: Record<ReportDuty['duty'], { vi: string; en: string }> = {
  risk_of_violence: {
    vi: 'Có nguy cơ bạo lực: báo ngay tổ trưởng để báo Chủ tịch UBND xã (Điều 10.4).',
    en: 'Risk of violence: tell the team leader at once, who informs the commune chairman (Art. 10.4).',
  },
  signs_of_violation: {
    vi: 'Có dấu hiệu vi phạm pháp luật: báo tổ trưởng để báo cơ quan có thẩm quyền (Điều 10.5).',
    en: 'Signs of a legal violation: tell the team leader, who informs the competent body (Art. 10.5).',
  },
};

/**
 * Every exclusion that applies, each with its referral, and the duties to report (Law 35/2013 Art. 1.2, 3, 10;
 * Decree 15/2014 Art. 5; R-SCOPE-0/1). Not mediable → close the case as `out_of_scope` with these referrals.
 * @example decideMediability({ category: 'civil', landUseRights: true }).mediable // true: Decree 15/2014 Art. 5.1.b
 * @example decideMediability({ category: 'civil', landUseRights: true, otherProcedure: 'land_dispute_commune' }).exclusions[0].referral.target // 'commune_land_mediation'
 */
export function decideMediability(
  dispute: DisputeInput,
  rules: ScopeRules = {},
  agencies: ReferralAgencies = poToReferralAgencies,
): MediabilityDecision {
  const d = parseInput(disputeSchema, dispute);
  const r = parseInput(scopeRulesSchema, rules);
  const found: Array<[MediationCode, ReferralTarget]> = [];
  if (d.otherProcedure !== null) found.push(['SCOPE.OTHER_PROCEDURE', procedureReferral[d.otherProcedure]]);
  if (d.harmsStateOrPublicInterest) found.push(['SCOPE.HARMS_PUBLIC_INTEREST', 'commune_committee']);
  if (d.marriageFamilyForStateBody) found.push(['SCOPE.MARRIAGE_FAMILY_FOR_STATE_BODY', 'court']);
  if (d.civilTransactionUnlawfulOrUnethical) found.push(['SCOPE.UNLAWFUL_CIVIL_TRANSACTION', 'court']);
  if (d.criminal === 'prosecution_required') found.push(['SCOPE.CRIMINAL_PROSECUTION', 'police']);
  if (d.administrative === 'sanction_required') found.push(['SCOPE.ADMINISTRATIVE_SANCTION', 'commune_committee']);
  if (d.barredByOtherLaw) found.push(['SCOPE.BARRED_BY_LAW', 'commune_committee']);
  const unconfirmed =
    (d.criminal === 'case_dropped_no_sanction' && !r.droppedCriminalCasesMediable) ||
    (d.administrative === 'mediable_exception' && !r.administrativeExceptionsMediable) ||
    (d.category === 'other_not_prohibited' && !r.otherMattersMediable);
  if (unconfirmed) found.push(['SCOPE.CATEGORY_DISABLED', 'commune_committee']);
  const exclusions = found.map(([code, target]) => ({ ...issue(code), referral: referralTo(target, agencies) }));
  const reports: ReportDuty[] = [];
  if (d.riskOfViolence) reports.push({ duty: 'risk_of_violence', ...reportTexts.risk_of_violence });
  if (d.criminal === 'prosecution_required' || d.administrative === 'sanction_required')
    reports.push({ duty: 'signs_of_violation', ...reportTexts.signs_of_violation });
  const mediable = exclusions.length === 0;
  const ifUnsuccessful = mediable && d.landUseRights ? referralTo('commune_land_mediation', agencies) : null;
  return { mediable, category: d.category, exclusions, reports, ifUnsuccessful };
}
