/**
 * Importing the commune's mediator lists (issue 10, point 8). The file itself arrives over HTTP
 * (`POST /files/registry-import`, preview-import.ts); here the preview is read and confirmed.
 */
import { registryImportIdSchema } from '@hgcs/domain';
import { can } from '../procedures.ts';
import { confirmImport } from './confirm-import.ts';
import { readImport } from './get-import.ts';

export const registryImportRouter = {
  /** The preview of an uploaded list: each row's outcome against the registry now, and every problem. */
  get: can('mediator.manage')
    .input(registryImportIdSchema)
    .query(({ ctx, input }) => readImport(ctx.db, ctx.scope, input.id)),
  /** Writes the valid rows in one transaction; a retry or a re-import writes nothing new. */
  confirm: can('mediator.manage')
    .input(registryImportIdSchema)
    .mutation(({ ctx, input }) => confirmImport(ctx, input.id)),
};
