/**
 * Procedure builders named for who may call them (docs/style.md habit 6). Deny by default: every procedure
 * must be built from one of these, and `assertEveryProcedureDeclared` (run at start and in tests) fails
 * when one is not.
 */
import { DomainError, hasPermission, isDomainError, type Permission } from '@hgcs/domain';
import { auditDenial } from './audit-denial.ts';
import { resolveScope, type ScopeFor } from './resolve-scope.ts';
import { baseProcedure, t, type Access } from './trpc.ts';
import type { Context, SessionUser } from './context.ts';
import { ratePolicies, takeHit, type RatePolicy } from './rate-limit.ts';

/** Anyone, signed in or not: rate-limited per client (the host resolves the real one); returns no personal data. */
export const publicProcedure = baseProcedure.meta({ access: 'public' }).use(async ({ ctx, next }) => {
  if (!(await takeHit(ctx.db, ratePolicies.public, ctx.ip, ctx.now))) throw new DomainError('RATE.LIMITED');
  return next();
});

/** The kiosk at the commune office: public and rate-limited like `publicProcedure`, plain words, no personal data. */
export const kioskProcedure = baseProcedure.meta({ access: 'kiosk' }).use(async ({ ctx, next }) => {
  if (!(await takeHit(ctx.db, ratePolicies.kiosk, ctx.ip, ctx.now))) throw new DomainError('RATE.LIMITED');
  return next();
});

/**
 * A kiosk write's own per-client limit, on top of the kiosk's (asking for mediation, checking a request).
 * @example submit: kioskProcedure.use(limitKiosk(ratePolicies.kioskSubmit)).input(…).mutation(…)
 */
export function limitKiosk(policy: RatePolicy) {
  return t.middleware(async ({ ctx, next }) => {
    if (!(await takeHit(ctx.db, policy, ctx.ip, ctx.now))) throw new DomainError('RATE.LIMITED');
    return next();
  });
}

/**
 * Sign-in attempts, after the input is parsed: at most 30 per client and 10 per username in 15 minutes, whatever
 * the answer (ANM-03; the account lock-out counts failures on top of this).
 * @example signIn: publicProcedure.input(signInInputSchema).use(limitSignIn).mutation(…)
 */
export const limitSignIn = t.middleware(async ({ ctx, input, next }) => {
  const username = (input as { username?: unknown } | undefined)?.username;
  const client = await takeHit(ctx.db, ratePolicies.signInClient, ctx.ip, ctx.now);
  const account =
    typeof username === 'string' ? await takeHit(ctx.db, ratePolicies.signInAccount, username, ctx.now) : true;
  if (!client || !account) throw new DomainError('RATE.LIMITED');
  return next();
});

/** Any signed-in session, even one still waiting for its second factor (me, verify code, sign out). */
export const pendingSessionProcedure = baseProcedure.meta({ access: 'pending_session' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new DomainError('AUTH.UNAUTHENTICATED');
  return next({ ctx: { user: ctx.user } });
});

/** A signed-in session that has given its second factor; setup (password, TOTP) may still be due. */
export const sessionProcedure = baseProcedure.meta({ access: 'session' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new DomainError('AUTH.UNAUTHENTICATED');
  if (ctx.user.secondFactorPending) throw new DomainError('AUTH.TOTP_REQUIRED');
  return next({ ctx: { user: ctx.user } });
});

/** A signed-in, fully set-up account (second factor given, setup done), whatever its role: its own sessions. */
export const accountProcedure = baseProcedure.meta({ access: 'account' }).use(({ ctx, next }) => {
  if (!ctx.user) throw new DomainError('AUTH.UNAUTHENTICATED');
  if (ctx.user.secondFactorPending) throw new DomainError('AUTH.TOTP_REQUIRED');
  if (ctx.user.needsSetup) throw new DomainError('AUTH.SETUP_REQUIRED');
  return next({ ctx: { user: ctx.user } });
});

/**
 * A signed-in, fully set-up user whose role holds `permission` (permission table in @hgcs/domain). The user's scope
 * for it is resolved once and put on the context as `ctx.scope`, typed by the table: a permission held only
 * commune-wide gives a commune scope (`communeId: number`), 'team.read' a commune, village or team scope,
 * 'province.read' a province scope. Query helpers take that value; routers never read `ctx.user.communeId`.
 */
export function can<P extends Permission>(permission: P) {
  const access: Access = { permission };
  return baseProcedure.meta({ access }).use(async ({ ctx, next, path }) => {
    const { user, scope } = await authorizeScopeAudited(ctx, permission, path);
    return next({ ctx: { user, scope } });
  });
}

/**
 * The user and their scope for `permission`, or the DomainError that says why not; a denial of a signed-in user is
 * written to the audit log (`auth.denied`, the path and permission) — in the user's commune; a province user's
 * denial has no commune and is left to the request log.
 */
export async function authorizeScopeAudited<P extends Permission>(
  ctx: Context,
  permission: P,
  path: string,
): Promise<{ user: SessionUser; scope: ScopeFor<P> }> {
  try {
    const user = authorize(ctx.user, permission);
    return { user, scope: await resolveScope(ctx.db, user, permission) };
  } catch (error) {
    if (isDomainError(error)) await auditDenial(ctx, path, permission, error);
    throw error;
  }
}

/** `authorizeScopeAudited` without the audit row (an upload's early answer; the request log keeps it). */
export async function authorizeScope<P extends Permission>(
  ctx: Context,
  permission: P,
): Promise<{ user: SessionUser; scope: ScopeFor<P> }> {
  const user = authorize(ctx.user, permission);
  return { user, scope: await resolveScope(ctx.db, user, permission) };
}

/** The user when signed in, fully set up and holding `permission`; otherwise the DomainError that says why not. */
export function authorize(user: SessionUser | null, permission: Permission): SessionUser {
  if (!user) throw new DomainError('AUTH.UNAUTHENTICATED');
  if (user.secondFactorPending) throw new DomainError('AUTH.TOTP_REQUIRED');
  if (user.needsSetup) throw new DomainError('AUTH.SETUP_REQUIRED');
  if (!hasPermission(user.role, permission)) throw new DomainError('AUTH.FORBIDDEN');
  return user;
}

/** Fails when a procedure of the router has no declared access (deny by default). */
export function assertEveryProcedureDeclared(router: { _def: { procedures: Record<string, unknown> } }): void {
  const missing = Object.entries(router._def.procedures)
    .filter(([, p]) => !(p as { _def?: { meta?: { access?: unknown } } })._def?.meta?.access)
    .map(([path]) => path);
  if (missing.length) throw new Error(`Procedures without a declared permission: ${missing.join(', ')}`);
}
