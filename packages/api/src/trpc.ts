/**
 * tRPC initialisation and the one error mapping of the API: a DomainError becomes the tRPC error of its kind,
 * carrying its code and parameters (`data.domainCode`, `data.params`, located `data.details`); an input that
 * fails its zod schema becomes INPUT.INVALID with each field's catalogue key and parameters (`data.fields`).
 * The API sends no human text: each edge renders codes in its user's language (@hgcs/i18n). Nothing else about
 * an error (stack, SQL) reaches the client.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import type { DomainError, ErrorDetail, FieldError } from '@hgcs/domain';
import { fieldErrors, isDomainError, type ErrorKind, type Permission } from '@hgcs/domain';
import { z } from 'zod';
import type { Context } from './context.ts';

/** Who may call a procedure: everyone, the kiosk, any signed-in session, a fully set-up account, or holders of a permission. */
export type Access = 'public' | 'kiosk' | 'pending_session' | 'session' | 'account' | { permission: Permission };
export type Meta = { access: Access };

const kindToCode: Record<ErrorKind, TRPCError['code']> = {
  invalid: 'BAD_REQUEST',
  not_found: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  unauthenticated: 'UNAUTHORIZED',
  conflict: 'CONFLICT',
  rate_limited: 'TOO_MANY_REQUESTS',
  unavailable: 'SERVICE_UNAVAILABLE',
};

const kindToStatus: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};

/** The HTTP status of a DomainError, for the few plain HTTP routes (files, exports). */
export function httpStatusOf(error: DomainError): number {
  return kindToStatus[error.kind];
}

/** The tRPC error for a DomainError. */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: kindToCode[error.kind], message: error.message, cause: error });
}

/** The details of an INPUT.INVALID thrown inside a procedure (`parseInput`), keyed by field path as zod's are. */
function fieldsOf(details: readonly ErrorDetail[]): Record<string, FieldError> {
  return Object.fromEntries(details.map((d) => [d.path, { code: d.code, params: { ...d.params } }]));
}

export const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const base = { code: shape.data.code, httpStatus: shape.data.httpStatus };
      if (isDomainError(cause)) {
        const fields = cause.code === 'INPUT.INVALID' ? fieldsOf(cause.details) : {};
        const details = cause.code === 'INPUT.INVALID' ? [] : cause.details;
        return {
          ...shape,
          message: cause.code,
          data: { ...base, domainCode: cause.code, params: cause.params, fields, details },
        };
      }
      if (cause instanceof z.ZodError) {
        return {
          ...shape,
          message: 'INPUT.INVALID',
          data: { ...base, domainCode: 'INPUT.INVALID', params: {}, fields: fieldErrors(cause), details: [] },
        };
      }
      const internal = shape.data.code === 'INTERNAL_SERVER_ERROR';
      return { ...shape, message: internal ? 'INTERNAL' : shape.message, data: base };
    },
  });

/** Every procedure starts here: DomainErrors thrown by rules or queries are mapped once. */
export const baseProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) throw toTRPCError(result.error.cause);
  return result;
});
