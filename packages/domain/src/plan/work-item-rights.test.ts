import { describe, expect, it } from 'vitest';
import { workItemRights } from './work-item-rights.ts';

const budgetTask = { leadAgency: 'economy', coordinatingAgencies: ['office'] }; // 4b
const communication = { leadAgency: 'culture_society', coordinatingAgencies: ['fatherland_front'] }; // 5a

describe('workItemRights', () => {
  it('lets the lead agency update, comment and attach', () => {
    expect(workItemRights({ role: 'budget_officer', agencyCode: 'economy' }, budgetTask, false)).toEqual({
      update: true,
      comment: true,
      attach: true,
      locked: false,
    });
  });
  it('lets a coordinating agency comment and attach but not update', () => {
    expect(workItemRights({ role: 'office_staff', agencyCode: 'office' }, budgetTask, false)).toMatchObject({
      update: false,
      comment: true,
      attach: true,
    });
    expect(
      workItemRights({ role: 'front_viewer', agencyCode: 'fatherland_front' }, communication, false),
    ).toMatchObject({ update: false, comment: true });
  });
  it('gives an agency outside the task nothing but reading', () => {
    expect(workItemRights({ role: 'police_liaison', agencyCode: 'police' }, budgetTask, false)).toMatchObject({
      update: false,
      comment: false,
      attach: false,
    });
    expect(workItemRights({ role: 'office_staff', agencyCode: null }, budgetTask, false)).toMatchObject({
      update: false,
      comment: false,
    });
  });
  it('lets the chairman comment anywhere but update nothing', () => {
    expect(workItemRights({ role: 'chairman', agencyCode: 'office' }, communication, false)).toMatchObject({
      update: false,
      comment: true,
    });
  });
  it('locks every change in a signed-off year', () => {
    expect(workItemRights({ role: 'budget_officer', agencyCode: 'economy' }, budgetTask, true)).toEqual({
      update: false,
      comment: false,
      attach: false,
      locked: true,
    });
  });
  it('never lets a role without the permission update, whatever its agency', () => {
    expect(workItemRights({ role: 'admin', agencyCode: 'economy' }, budgetTask, false).update).toBe(false);
    expect(workItemRights({ role: 'team_leader', agencyCode: 'economy' }, budgetTask, false).update).toBe(false);
  });
});
