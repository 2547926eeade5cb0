/** @hgcs/db — schema, migrations, the database handle and the queries of each aggregate. */
export * from './client.ts';
export * as schema from './schema/index.ts';
export { openDatabase, type OpenDatabase } from './open-database.ts';
export { migrateDatabase } from './migrate.ts';
export { listen, type Listener } from './listen.ts';
export {
  communeDataChannel,
  parseCommuneDataNotice,
  onCommittedWrite,
  committedWrite,
  type CommittedWrite,
  type CommuneDataNotice,
} from './commune-data-notices.ts';
export { startEmbeddedPostgres, EmbeddedStartError, type EmbeddedServer } from './embedded.ts';
export * from './queries/audit.ts';
export * from './queries/commune.ts';
export * from './queries/user.ts';
export * from './queries/plan.ts';
export * from './queries/work-item.ts';
export * from './queries/evidence.ts';
export * from './queries/signoff.ts';
export * from './queries/team.ts';
export * from './queries/public-teams.ts';
export * from './queries/mediator.ts';
export * from './queries/legal-support.ts';
export * from './queries/case.ts';
export * from './queries/case-file.ts';
export * from './queries/case-logbook.ts';
export * from './queries/case-claim.ts';
export * from './queries/case-counts.ts';
export * from './queries/kiosk-request.ts';
export * from './queries/kiosk-device.ts';
export * from './queries/case-retention.ts';
export * from './queries/case-data-request.ts';
export * from './queries/accident-support.ts';
export * from './queries/year-record.ts';
export * from './queries/election.ts';
export * from './queries/registry-import.ts';
export * from './queries/team-review.ts';
export * from './queries/budget-line.ts';
export * from './queries/statistical-report.ts';
export * from './queries/decision-315.ts';
export * from './queries/registry-export.ts';
export { scopeWhere, type ScopeColumns } from './scope-filter.ts';
export { seedCommune, seedCommuneIn, type CommuneSeed } from './seed.ts';
export { openDeploymentDatabase, type DeploymentDatabase } from './open-deployment-database.ts';
export * from './queries/health.ts';
export * from './queries/rate-limit.ts';
export { appRoleName, appTimeouts } from './app-role.ts';
export { withCredentials } from './open-database.ts';
export { redactAudit, redactedValue, nonPersonalAuditFields } from './queries/redact-audit.ts';
export { verifyAuditChain, auditRowHash, type AuditChainReport } from './verify-audit-chain.ts';
export * from './queries/training.ts';
export * from './queries/material.ts';
export * from './queries/kiosk-text.ts';
export * from './queries/province-norms.ts';
export * from './queries/awards.ts';
