/** The whole API: one router per aggregate. Apps import only `type AppRouter` from here. */
import { assertEveryProcedureDeclared } from './procedures.ts';
import { auditRouter } from './router/audit.ts';
import { authRouter } from './router/auth.ts';
import { communeRouter } from './router/commune.ts';
import { planRouter } from './router/plan.ts';
import { progressRouter } from './router/progress.ts';
import { provinceRouter } from './router/province.ts';
import { teamRouter } from './router/team.ts';
import { workItemRouter } from './router/work-item.ts';
import { userRouter } from './router/user.ts';
import { t } from './trpc.ts';

export const appRouter = t.router({
  auth: authRouter,
  commune: communeRouter,
  plan: planRouter,
  progress: progressRouter,
  workItem: workItemRouter,
  audit: auditRouter,
  user: userRouter,
  team: teamRouter,
  province: provinceRouter,
});
export type AppRouter = typeof appRouter;

assertEveryProcedureDeclared(appRouter);
