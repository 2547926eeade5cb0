/**
 * What an audit row may keep (PDP, ANM-08): ids, codes, field names and non-personal values (enums, numbers,
 * dates, hashes). Audit rows can never be changed, so anything an erasure request would have to remove must not
 * enter them: every field not on the allow-list below — names, notes, comment bodies, reasons, the responsible
 * person, labels, links, usernames, and any field added later — is recorded by name only, as `'[changed]'` in
 * `after` (in `before` only when the field left the object), and left out when it did not change.
 */

/** The value recorded for a private field that changed. */
export const redactedValue = '[changed]';

/** Fields whose values are never personal data. A field not listed here is private by default. */
export const nonPersonalAuditFields: ReadonlySet<string> = new Set([
  // ids, codes and keys
  'id',
  'communeId',
  'userId',
  'workItemId',
  'evidenceId',
  'commentId',
  'taskId',
  'planId',
  'groupId',
  'sessionId',
  'taskCode',
  'partKey',
  'agencyCode',
  'reopeningId',
  'villageId',
  'teamId',
  'provinceCode',
  'mediatorId',
  'membershipId',
  'supporterId',
  'electionId',
  'mediatorIds',
  'residenceVillageId',
  'caseId',
  'followUpId',
  'code',
  'plan',
  'clientKey',
  'sha256',
  'path',
  'permission',
  'denial',
  // enums and flags
  'role',
  'status',
  'origin',
  'kind',
  'mediaType',
  'format',
  'signed',
  'ethnicMinorityArea',
  'totpEnabled',
  'mustChangePassword',
  'disabled',
  'locked',
  'phonePublic',
  'personalDataBasis',
  'confirmedDistinct',
  'outcome',
  'method',
  'round',
  'ground',
  // budget lines (issue 13): codes of Circular 56/2023/TT-BTC
  'source',
  'category',
  'norm',
  // training events' days and hours (not about a person)
  'startsOn',
  'endsOn',
  'hoursPerDay',
  'hours',
  'fromPaper',
  // contests, certificates and reward proposals (issue 13, points 4–6): ids, enums, scores, times, amounts, dates
  'entryId',
  'rank',
  'amountVnd',
  'seconds',
  'penalty',
  'total',
  'level',
  'rounds',
  'timeLimitMinutes',
  'penaltyPerMinute',
  'issuedOn',
  'form',
  'action',
  'periodFrom',
  'periodTo',
  // the materials library (issue 13, point 3): enums of an item, never its title or link
  'visibility',
  'language',
  // case files (issue 11): enums and flags that name no one
  'channel',
  'event',
  'scopeDecision',
  'disputeKind',
  'personal',
  'result',
  // why a list of cases was downloaded: one of a fixed list of purposes (exportReasons), never free text
  'exportReason',
  // numbers
  'progress',
  'version',
  'failures',
  'size',
  'households',
  'year',
  'unitAmountVnd',
  'quantity',
  'villages',
  'agencies',
  'count',
  'sessions',
  'recoveryCodes',
  'quota',
  'placesLeft',
  'rowCount',
  // the statistical report: its period and headline counts (not about a person)
  'period',
  'received',
  'successful',
  'mediators',
  'created',
  'joined',
  'present',
  'skipped',
  'leaders',
  'placesToFill',
  'teams',
  'members',
  // dates and times
  'dueDate',
  'requestedOn',
  'planIssuedOn',
  'createdAt',
  'updatedAt',
  'lockedUntil',
  'expiresAt',
  'joinedOn',
  'leftOn',
  'since',
  'foundingDecisionOn',
  'recognitionDecisionOn',
  'heldOn',
  'decisionOn',
  'proposedOn',
  // case files (issue 11): enums and flags that name no one
  'channel',
  'event',
  'scopeDecision',
  'disputeKind',
  'personal',
  'result',
  'reportedTo',
  'courtDecision',
  'decidedOn',
]);

type Fields = Record<string, unknown>;

const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlain = (v: unknown): boolean =>
  v === null ||
  v === undefined ||
  ['string', 'number', 'boolean'].includes(typeof v) ||
  v instanceof Date ||
  (Array.isArray(v) && v.every((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x)));
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** The `before`/`after` an audit row keeps: allow-listed fields as they are, private ones by name only. */
export function redactAudit(before: unknown, after: unknown): { before: Fields | null; after: Fields | null } {
  const b = isFields(before) ? before : null;
  const a = isFields(after) ? after : null;
  const keptBefore: Fields | null = b && {};
  const keptAfter: Fields | null = a && {};
  for (const key of new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])) {
    const inBefore = !!b && key in b;
    const inAfter = !!a && key in a;
    if (nonPersonalAuditFields.has(key) && isPlain(b?.[key]) && isPlain(a?.[key])) {
      if (inBefore) keptBefore![key] = b?.[key] ?? null;
      if (inAfter) keptAfter![key] = a?.[key] ?? null;
    } else if (inAfter) {
      // a change, a field that appeared, or a value given at creation (a creation's empty value says nothing)
      const value = a?.[key];
      if (inBefore ? !same(b?.[key], value) : !!b || (value !== null && value !== undefined))
        keptAfter![key] = redactedValue;
    } else if (inBefore) {
      keptBefore![key] = redactedValue; // the field left the object
    }
  }
  return { before: keptBefore, after: keptAfter };
}
