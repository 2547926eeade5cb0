export * from './commune.ts';
export * from './user.ts';
export * from './plan.ts';
export * from './audit.ts';
export * from './work-item.ts';
export * from './team.ts';
export * from './rate-limit.ts';
export * from './tenancy.ts';
