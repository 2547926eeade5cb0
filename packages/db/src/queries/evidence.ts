/** Evidence (files and links) and comments of a work item — always read through the item's commune. */
import type { CommuneLevelScope } from '@hgcs/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { scopeWhere } from '../scope-filter.ts';
import { users } from '../schema/user.ts';
import { evidence, workItemComments } from '../schema/work-item.ts';

export type NewEvidence = typeof evidence.$inferInsert;

/** Records a file or a link as evidence of a work item. */
export async function insertEvidence(db: DbOrTx, row: NewEvidence) {
  const [inserted] = await db.insert(evidence).values(row).returning();
  return inserted!;
}

/** The evidence of a work item, oldest first, with who added it. */
export function listEvidence(db: DbOrTx, scope: CommuneLevelScope, workItemId: string) {
  return db
    .select({
      id: evidence.id,
      kind: evidence.kind,
      label: evidence.label,
      mediaType: evidence.mediaType,
      size: evidence.size,
      url: evidence.url,
      addedAt: evidence.addedAt,
      addedBy: users.displayName,
    })
    .from(evidence)
    .leftJoin(users, eq(users.id, evidence.addedBy))
    .where(and(scopeWhere(scope, { communeId: evidence.communeId }), eq(evidence.workItemId, workItemId)))
    .orderBy(asc(evidence.addedAt));
}

/** One evidence row of the scope, or undefined. */
export async function getEvidence(db: DbOrTx, scope: CommuneLevelScope, id: string) {
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(scopeWhere(scope, { communeId: evidence.communeId }), eq(evidence.id, id)));
  return row;
}

/** Adds a comment to a work item. */
export async function insertComment(db: DbOrTx, row: typeof workItemComments.$inferInsert) {
  const [inserted] = await db.insert(workItemComments).values(row).returning({ id: workItemComments.id });
  return inserted!;
}

/** The comments of a work item, oldest first, with their authors' names. */
export function listComments(db: DbOrTx, scope: CommuneLevelScope, workItemId: string) {
  return db
    .select({
      id: workItemComments.id,
      body: workItemComments.body,
      at: workItemComments.at,
      author: users.displayName,
    })
    .from(workItemComments)
    .leftJoin(users, eq(users.id, workItemComments.authorId))
    .where(
      and(scopeWhere(scope, { communeId: workItemComments.communeId }), eq(workItemComments.workItemId, workItemId)),
    )
    .orderBy(asc(workItemComments.at));
}
