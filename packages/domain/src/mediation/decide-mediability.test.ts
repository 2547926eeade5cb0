import { describe, expect, it } from 'vitest';
import { decideMediability } from './decide-mediability.ts';
import { scopeCategories, scopeCategoryLabels } from './scope-categories.ts';
import { referralTargets, referralTo } from './scope-referrals.ts';

const invalid = expect.objectContaining({ code: 'INPUT.INVALID' });

describe('decideMediability (Law 35/2013 Art. 1.2, 3; Decree 15/2014 Art. 5; R-SCOPE-0/1)', () => {
  it('accepts an ordinary neighbour conflict, family dispute and civil dispute', () => {
    for (const category of ['interpersonal_conflict', 'civil', 'marriage_family', 'minor_violation'] as const) {
      expect(decideMediability({ category })).toEqual({
        mediable: true,
        category,
        exclusions: [],
        reports: [],
        ifUnsuccessful: null,
      });
    }
  });
  it('mediates a dispute over land-use rights (Decree 15/2014 Art. 5.1.b), pointing to commune land mediation if it fails', () => {
    const d = decideMediability({ category: 'civil', landUseRights: true });
    expect(d).toMatchObject({ mediable: true, exclusions: [], reports: [] });
    expect(d.ifUnsuccessful).toMatchObject({ target: 'commune_land_mediation', agencyCode: 'office' });
    expect(decideMediability({ category: 'interpersonal_conflict', landUseRights: true }).mediable).toBe(true);
  });
  it('refers a land dispute only when already filed with the commune for land mediation (Land Law 2024 Art. 235.2, R-SCOPE-0)', () => {
    const d = decideMediability({ category: 'civil', landUseRights: true, otherProcedure: 'land_dispute_commune' });
    expect(d.mediable).toBe(false);
    expect(d.ifUnsuccessful).toBeNull();
    expect(d.exclusions.map((e) => [e.code, e.referral.target, e.referral.agencyCode])).toEqual([
      ['SCOPE.OTHER_PROCEDURE', 'commune_land_mediation', 'office'],
    ]);
  });
  it('keeps a land dispute out when another exclusion applies (an unlawful land transfer)', () => {
    const d = decideMediability({ category: 'civil', landUseRights: true, civilTransactionUnlawfulOrUnethical: true });
    expect([d.mediable, d.ifUnsuccessful, d.exclusions.map((e) => e.code)]).toEqual([
      false,
      null,
      ['SCOPE.UNLAWFUL_CIVIL_TRANSACTION'],
    ]);
  });
  it('maps every other procedure of Art. 1.2 to its forum', () => {
    const target = (
      otherProcedure: 'court' | 'arbitration' | 'commercial_mediation' | 'labour_mediation' | 'commune_committee',
    ) => decideMediability({ category: 'civil', otherProcedure }).exclusions[0]?.referral.target;
    expect([
      target('court'),
      target('arbitration'),
      target('commercial_mediation'),
      target('labour_mediation'),
      target('commune_committee'),
    ]).toEqual([
      'court',
      'arbitration_or_commercial_mediation',
      'arbitration_or_commercial_mediation',
      'labour_mediator',
      'commune_committee',
    ]);
  });
  it('gives each exclusion its referral and lists them all', () => {
    const d = decideMediability({
      category: 'marriage_family',
      harmsStateOrPublicInterest: true,
      marriageFamilyForStateBody: true,
      civilTransactionUnlawfulOrUnethical: true,
      criminal: 'prosecution_required',
      administrative: 'sanction_required',
      barredByOtherLaw: true,
    });
    expect(d.exclusions.map((e) => [e.code, e.referral.target])).toEqual([
      ['SCOPE.HARMS_PUBLIC_INTEREST', 'commune_committee'],
      ['SCOPE.MARRIAGE_FAMILY_FOR_STATE_BODY', 'court'],
      ['SCOPE.UNLAWFUL_CIVIL_TRANSACTION', 'court'],
      ['SCOPE.CRIMINAL_PROSECUTION', 'police'],
      ['SCOPE.ADMINISTRATIVE_SANCTION', 'commune_committee'],
      ['SCOPE.BARRED_BY_LAW', 'commune_committee'],
    ]);
    expect(d.exclusions[3]?.referral).toEqual({
      target: 'police',
      vi: 'Công an xã (trình báo, tố giác)',
      en: 'The commune police (report the matter)',
      agencyCode: 'police',
    });
    expect(d.reports.map((r) => r.duty)).toEqual(['signs_of_violation']);
  });
  it('accepts the criminal matters Decree 15 allows: not prosecuted, victim did not request, dropped', () => {
    for (const criminal of [
      'not_prosecuted_no_sanction',
      'victim_did_not_request',
      'case_dropped_no_sanction',
    ] as const) {
      expect(decideMediability({ category: 'mediable_criminal', criminal }).mediable).toBe(true);
    }
  });
  it('lets the office switch off the unverified categories (❓ parameters)', () => {
    const off = {
      droppedCriminalCasesMediable: false,
      administrativeExceptionsMediable: false,
      otherMattersMediable: false,
    };
    expect(
      decideMediability({ category: 'mediable_criminal', criminal: 'case_dropped_no_sanction' }, off).exclusions.map(
        (e) => e.code,
      ),
    ).toEqual(['SCOPE.CATEGORY_DISABLED']);
    expect(
      decideMediability({ category: 'mediable_administrative', administrative: 'mediable_exception' }, off).mediable,
    ).toBe(false);
    expect(decideMediability({ category: 'other_not_prohibited' }, off).mediable).toBe(false);
    expect(decideMediability({ category: 'other_not_prohibited' }).mediable).toBe(true);
    expect(
      decideMediability({ category: 'mediable_administrative', administrative: 'mediable_exception' }).mediable,
    ).toBe(true);
  });
  it('keeps a mediable case mediable but reports a risk of violence (Art. 10.4)', () => {
    const d = decideMediability({ category: 'interpersonal_conflict', riskOfViolence: true });
    expect(d.mediable).toBe(true);
    expect(d.reports[0]?.vi).toContain('Chủ tịch UBND xã');
  });
  it("uses the commune's own agency codes when given", () => {
    const agencies = {
      court: 'tand_kv_5',
      police: 'ca',
      commune_committee: 'vp',
      commune_land_mediation: 'vp',
      arbitration_or_commercial_mediation: null,
      labour_mediator: null,
    };
    expect(
      decideMediability({ category: 'civil', civilTransactionUnlawfulOrUnethical: true }, {}, agencies).exclusions[0]
        ?.referral.agencyCode,
    ).toBe('tand_kv_5');
  });
  it('refuses facts that contradict the category, and unknown fields', () => {
    expect(() => decideMediability({ category: 'mediable_criminal' })).toThrow(invalid);
    expect(() => decideMediability({ category: 'mediable_administrative' })).toThrow(invalid);
    expect(() => decideMediability({ category: 'land' } as never)).toThrow(invalid);
    expect(() => decideMediability({ category: 'civil', urgent: true } as never)).toThrow(invalid);
  });
  it('labels every category and referral in both languages', () => {
    expect(scopeCategories.map((c) => scopeCategoryLabels[c].item)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const t of referralTargets) expect(referralTo(t).vi.length).toBeGreaterThan(5);
  });
});
