/**
 * tRPC initialisation and the one error mapping of the API: a DomainError becomes the tRPC error of its kind,
 * with the Vietnamese message of its code; an input that fails its zod schema becomes INPUT.INVALID with
 * per-field messages. Nothing else about an error (stack, SQL) reaches the client.
 */
import { initTRPC, TRPCError } from '@trpc/server';
import type { DomainError } from '@hgcs/domain';
import { formatErrorMessage, isDomainError, type ErrorKind, type Permission } from '@hgcs/domain';
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

export const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      if (isDomainError(cause)) {
        return {
          ...shape,
          message: cause.message,
          data: {
            code: shape.data.code,
            httpStatus: shape.data.httpStatus,
            domainCode: cause.code,
            params: cause.params,
          },
        };
      }
      if (cause instanceof z.ZodError) {
        const fields = Object.fromEntries(cause.issues.map((i) => [i.path.join('.') || '_', i.message]));
        const detail = Object.entries(fields)
          .map(([k, m]) => `${k}: ${m}`)
          .join('; ');
        return {
          ...shape,
          message: formatErrorMessage('INPUT.INVALID', 'vi', { detail }),
          data: { code: shape.data.code, httpStatus: shape.data.httpStatus, domainCode: 'INPUT.INVALID', fields },
        };
      }
      const internal = shape.data.code === 'INTERNAL_SERVER_ERROR';
      return {
        ...shape,
        message: internal ? 'Lỗi hệ thống. Vui lòng thử lại sau.' : shape.message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus },
      };
    },
  });

/** Every procedure starts here: DomainErrors thrown by rules or queries are mapped once. */
export const baseProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok && isDomainError(result.error.cause)) throw toTRPCError(result.error.cause);
  return result;
});
