/**
 * Issues a certificate: for a mediator who attended a training event (at least one day recorded — refused otherwise),
 * or for a contest entry that won a prize (its unit's name is the holder). The verification code is the commune's
 * number and 128 random bits; the holder's name, the title and the issuer are fixed at issue, as printed. A retry
 * (same `clientKey`) returns the first certificate.
 */
import { randomBytes } from 'node:crypto';
import {
  attendedEvent,
  certificateByClientKey,
  getCommune,
  getContestEntry,
  getTrainingEvent,
  insertCertificate,
  mediatorNames,
  withAudit,
} from '@hgcs/db';
import { DomainError, type CertificateIssue } from '@hgcs/domain';
import { actorIn, type ScopedContext } from '../context.ts';

const prizeNames = {
  first: 'Giải Nhất',
  second: 'Giải Nhì',
  third: 'Giải Ba',
  consolation: 'Giải Khuyến khích',
  other: 'Giải',
};

/** The path of the public verification page (the code after '#' is never sent to a server). */
export const verifyPath = (code: string) => `/verify#${code}`;

async function whatItCertifies(ctx: ScopedContext, input: CertificateIssue) {
  if (input.kind === 'training') {
    const event = await getTrainingEvent(ctx.db, ctx.scope, input.eventId);
    if (!event) throw new DomainError('RESOURCE.NOT_FOUND');
    if ((await attendedEvent(ctx.db, ctx.scope, event.id, input.mediatorId)) === null)
      throw new DomainError('CERTIFICATE.NOT_ATTENDED', { field: 'mediatorId' });
    const holderName = (await mediatorNames(ctx.db, ctx.scope, [input.mediatorId])).get(input.mediatorId)!;
    return {
      kind: 'training' as const,
      eventId: event.id,
      mediatorId: input.mediatorId,
      holderName,
      title: `Đã tham gia ${event.title}, ${event.place}, ${event.startsOn === event.endsOn ? event.startsOn : `${event.startsOn} – ${event.endsOn}`}`,
    };
  }
  const found = await getContestEntry(ctx.db, ctx.scope, input.entryId);
  if (!found) throw new DomainError('RESOURCE.NOT_FOUND');
  if (found.entry.prizeRank === null) throw new DomainError('CERTIFICATE.NO_RESULT', { field: 'entryId' });
  return {
    kind: 'contest' as const,
    entryId: found.entry.id,
    holderName: found.entry.unitName,
    title: `Đạt ${prizeNames[found.entry.prizeRank]} — ${found.contest.name}`,
  };
}

export async function issueCertificate(ctx: ScopedContext, input: CertificateIssue) {
  const earlier = await certificateByClientKey(ctx.db, ctx.scope, input.clientKey);
  if (earlier) return { id: earlier.id, verifyPath: verifyPath(earlier.code), created: false };
  const what = await whatItCertifies(ctx, input);
  const commune = await getCommune(ctx.db, ctx.scope.communeId);
  if (!commune) throw new DomainError('RESOURCE.NOT_FOUND');
  const code = `${ctx.scope.communeId}-${randomBytes(16).toString('base64url')}`;
  return withAudit(ctx.db, actorIn(ctx), async (tx, audit) => {
    const row = await insertCertificate(tx, ctx.scope, {
      ...what,
      code,
      issuedOn: input.issuedOn,
      issuer: `Ủy ban nhân dân ${commune.name}`,
      clientKey: input.clientKey,
      createdBy: ctx.user.userId,
      createdAt: ctx.now,
    });
    if (!row) {
      const first = (await certificateByClientKey(tx, ctx.scope, input.clientKey))!;
      return { id: first.id, verifyPath: verifyPath(first.code), created: false };
    }
    await audit({
      action: 'certificate.issue',
      objectType: 'certificate',
      objectId: row.id,
      after: { kind: what.kind, issuedOn: input.issuedOn },
    });
    return { id: row.id, verifyPath: verifyPath(row.code), created: true };
  });
}
