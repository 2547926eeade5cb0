/** The whole API: one router per aggregate. Apps import only `type AppRouter` from here. */
import { assertEveryProcedureDeclared } from './procedures.ts';
import { auditRouter } from './audit/router.ts';
import { authRouter } from './auth/router.ts';
import { communeRouter } from './commune/router.ts';
import { planRouter } from './plan/router.ts';
import { progressRouter } from './progress/router.ts';
import { provinceRouter } from './province/router.ts';
import { teamRouter } from './team/router.ts';
import { villageRouter } from './village/router.ts';
import { mediatorRouter } from './mediator/router.ts';
import { legalSupportRouter } from './legal-support/router.ts';
import { caseRouter } from './case/router.ts';
import { kioskCallRouter } from './kiosk-call/router.ts';
import { kioskDeviceRouter } from './kiosk-device/router.ts';
import { kioskRequestRouter } from './kiosk-request/router.ts';
import { electionRouter } from './election/router.ts';
import { terminationRouter } from './termination/router.ts';
import { registryImportRouter } from './registry-import/router.ts';
import { teamReviewRouter } from './team-review/router.ts';
import { budgetRouter } from './budget/router.ts';
import { statisticsRouter } from './statistics/router.ts';
import { kpiRouter } from './kpi/router.ts';
import { trainingRouter } from './training/router.ts';
import { capacityAssessmentRouter } from './capacity-assessment/router.ts';
import { materialRouter } from './material/router.ts';
import { kioskTextRouter } from './kiosk-text/router.ts';
import { contestRouter } from './contest/router.ts';
import { certificateRouter } from './certificate/router.ts';
import { rewardRouter } from './reward/router.ts';
import { workItemRouter } from './work-item/router.ts';
import { userRouter } from './user/router.ts';
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
  village: villageRouter,
  mediator: mediatorRouter,
  legalSupport: legalSupportRouter,
  case: caseRouter,
  kioskRequest: kioskRequestRouter,
  kioskText: kioskTextRouter,
  kioskDevice: kioskDeviceRouter,
  kioskCall: kioskCallRouter,
  election: electionRouter,
  termination: terminationRouter,
  registryImport: registryImportRouter,
  teamReview: teamReviewRouter,
  budget: budgetRouter,
  statistics: statisticsRouter,
  kpi: kpiRouter,
  training: trainingRouter,
  capacityAssessment: capacityAssessmentRouter,
  material: materialRouter,
  contest: contestRouter,
  certificate: certificateRouter,
  reward: rewardRouter,
  province: provinceRouter,
});
export type AppRouter = typeof appRouter;

assertEveryProcedureDeclared(appRouter);
