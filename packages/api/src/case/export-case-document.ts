/**
 * A case's printable documents (issue 11, points 2 and 5), filled by @hgcs/reports from the case file: the referral
 * letter of a case screened out of scope (Law 35/2013 Art. 21.3; it names the requester and the body, and the scope
 * codes — no dispute details), and the written agreement of a successful mediation (Art. 24.2, each party's and
 * mediator's mark as recorded), and the request to the court to recognise it (Civil Procedure Code Art. 418; the
 * agreement is its attachment, downloaded beside it). All name the parties, so `case.read_personal`; another team's case is "not found".
 * Audited as a file leaving the system: the document kind and the case id only.
 */
import { assignmentsOfCase, getCase, getCommune, getTeam, partiesOfCase } from '@hgcs/db';
import { DomainError, writtenAgreementSchema, type ReferralTarget } from '@hgcs/domain';
import { writeCourtRecognitionRequestDocx, writeReferralLetterDocx, writeWrittenAgreementDocx } from '@hgcs/reports';
import { auditDownload } from '../audit-download.ts';
import type { Context, ScopedContext } from '../context.ts';
import { mediaTypes } from '../plan/commune-document.ts';
import { authorizeScopeAudited } from '../procedures.ts';

export type CaseDocument = 'agreement' | 'referral' | 'court-request';

export async function exportCaseDocument(ctx: Context, caseId: string, document: CaseDocument) {
  const { user, scope } = await authorizeScopeAudited(ctx, 'case.read_personal', `exports.case.${document}`);
  const scoped: ScopedContext = { ...ctx, user, scope };
  const c = await getCase(ctx.db, scope, caseId);
  if (!c) throw new DomainError('RESOURCE.NOT_FOUND');
  const [commune, team, parties] = await Promise.all([
    getCommune(ctx.db, scope.communeId),
    getTeam(ctx.db, scope, c.teamId),
    partiesOfCase(ctx.db, scope, caseId),
  ]);
  if (!commune || !team) throw new DomainError('RESOURCE.NOT_FOUND');
  const none = () => new DomainError('CASE.NO_SUCH_DOCUMENT', { field: 'document' });
  let bytes: Uint8Array;
  if (document === 'referral') {
    const reasons = (c.scopeExclusions ?? []).filter((code) => code.startsWith('SCOPE.'));
    const target = (c.referrals as ReferralTarget[])[0];
    const requester = parties[0];
    if (c.scopeDecision !== 'out_of_scope' || reasons.length === 0 || !target || !requester) throw none();
    bytes = await writeReferralLetterDocx({
      issuer: { parentName: null, name: `Ủy ban nhân dân ${commune.name}` },
      documentNumber: null,
      place: commune.name,
      date: c.closedOn,
      recipients: ['Như trên'],
      signer: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: null },
      target,
      person: { fullName: requester.fullName, address: requester.address || commune.name },
      trackingCode: c.trackingCode,
      reasons,
    });
  } else if (document === 'court-request') {
    const agreement = c.agreement ? writtenAgreementSchema.parse(c.agreement) : null;
    if (!agreement || c.endedOn === null) throw none();
    const asked = new Set(c.courtRequesterIds.length > 0 ? c.courtRequesterIds : parties.map((p) => p.id));
    const person = (p: (typeof parties)[number]) => ({
      fullName: p.fullName,
      birthYear: p.birthYear,
      address: p.address || commune.name,
      phone: null,
    });
    const active = (await assignmentsOfCase(ctx.db, scope, caseId)).filter((a) => a.declinedOn === null);
    bytes = await writeCourtRecognitionRequestDocx({
      place: commune.name,
      date: c.courtRequestedOn,
      requesters: parties.filter((p) => asked.has(p.id)).map(person),
      otherParties: parties.filter((p) => !asked.has(p.id)).map(person),
      teamName: team.name,
      teamAddress: `${team.villageName}, ${commune.name}`,
      mediators: active.map((a) => a.fullName),
      agreedOn: c.endedOn,
      agreement: [agreement.agreementAndMeasures, agreement.rightsAndObligations, agreement.performanceMethodAndTime]
        .filter((x) => x !== '')
        .join('\n'),
    });
  } else {
    if (!c.agreement || c.endedOn === null) throw none();
    const active = (await assignmentsOfCase(ctx.db, scope, caseId)).filter((a) => a.declinedOn === null);
    bytes = await writeWrittenAgreementDocx({
      place: commune.name,
      agreedOn: c.endedOn,
      teamName: team.name,
      villageName: team.villageName,
      partyBirthYears: Object.fromEntries(
        parties.filter((p) => p.birthYear !== null).map((p) => [p.id, p.birthYear as number]),
      ),
      mediators: active.map((a) => ({ mediatorId: a.mediatorId, fullName: a.fullName })),
      agreement: writtenAgreementSchema.parse(c.agreement),
    });
  }
  await auditDownload(scoped, {
    action: 'export.download',
    objectType: 'case',
    objectId: caseId,
    after: { kind: `case.${document}`, format: 'docx' },
  });
  const name = {
    referral: 'giay-gioi-thieu',
    agreement: 'van-ban-hoa-giai-thanh',
    'court-request': 'don-yeu-cau-toa-an-cong-nhan',
  }[document];
  return { bytes, mediaType: mediaTypes.docx, fileName: `${name}-${c.trackingCode}.docx` };
}
