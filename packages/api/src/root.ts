/** The whole API: one router per aggregate. Apps import only `type AppRouter` from here. */
import { assertEveryProcedureDeclared } from './procedures.ts';
import { auditRouter } from './router/audit.ts';
import { authRouter } from './router/auth.ts';
import { communeRouter } from './router/commune.ts';
import { planRouter } from './router/plan.ts';
import { progressRouter } from './router/progress.ts';
import { provinceRouter } from './router/province.ts';
import { teamRouter } from './team/router.ts';
import { villageRouter } from './village/router.ts';
import { mediatorRouter } from './mediator/router.ts';
import { legalSupportRouter } from './legal-support/router.ts';
import { workItemRouter } from './router/work-item.ts';
import { userRouter } from './router/user.ts';
import { t } from './trpc.ts';

export const appRouter = t.router({ auth: authRouter, commune: communeRouter, plan: planRouter, progress: progressRouter, workItem: workItemRouter, audit: auditRouter, user: userRouter, team: teamRouter, village: villageRouter, mediator: mediatorRouter, legalSupport: legalSupportRouter, province: provinceRouter });
export type AppRouter = typeof appRouter;

assertEveryProcedureDeclared(appRouter);
