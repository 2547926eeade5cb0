/** @hgcs/api — the tRPC layer. Hosts mount `appRouter` with `createContext`; apps import only `type AppRouter`. */
export { appRouter, type AppRouter } from './root.ts';
export { createContext, type Context, type SessionUser } from './context.ts';
export { assertEveryProcedureDeclared } from './procedures.ts';
export { bootstrap, type BootstrapResult, type FirstAdmin } from './bootstrap.ts';
export { addCommune, type AddCommuneResult } from './commune/add-commune.ts';
export { addProvinceAdmin, provinceAdminName, type AddProvinceAdminResult } from './commune/create-province-admin.ts';
export { hashPassword } from './auth/password.ts';
export { currentTotp, totpStep } from './auth/totp.ts';
export { sealSecret, SecretKeyMismatchError } from './auth/secret-box.ts';
export { prepareTotpSecrets } from './auth/prepare-totp-secrets.ts';
export { closeSessionCache } from './auth/session-cache.ts';
export { closeCommuneDataCache, communeDataCacheFor } from './cache/commune-data-cache.ts';
export { addFileEvidence } from './work-item/add-file-evidence.ts';
export { readFileEvidence } from './work-item/read-file-evidence.ts';
export { diskEvidenceStore, type EvidenceStore } from './work-item/evidence-store.ts';
export { buildPlanYearReport, exportPlanYear } from './plan/export-plan-year.ts';
export { buildYearPlan, exportYearPlan } from './plan/export-year-plan.ts';
export { httpStatusOf } from './trpc.ts';
