import { describe, expect, it } from 'vitest';
import type { ImportedMediator } from './parse-mediator-list.ts';
import { personKey } from './person-key.ts';
import { planMediatorImport, type RegistryForImport } from './plan-mediator-import.ts';

const row = (over: Partial<ImportedMediator> & { fullName: string; row: number }): ImportedMediator => {
  const base = {
    birthYear: 1970,
    birthDate: null,
    sex: 'female' as const,
    ethnicity: 'Ba Na',
    ethnicMinority: true,
    villageId: 'v1',
    teamId: 't1',
    role: 'member' as const,
    occupation: null,
    phone: null,
    ...over,
  };
  return { ...base, key: personKey(base) };
};

const empty: RegistryForImport = { people: [], openMemberships: [], teamNames: { t1: 'Tổ hòa giải làng Một' } };

describe('planMediatorImport', () => {
  it('creates people not yet recorded, with their membership', () => {
    const plan = planMediatorImport([row({ row: 3, fullName: 'Đinh Thị Hờ', role: 'leader' })], empty);
    expect(plan.steps.map((s) => [s.row, s.action, s.mediatorId])).toEqual([[3, 'create', null]]);
    expect(plan.counts).toEqual({ create: 1, join: 0, present: 0, leaders: 1 });
    expect(plan.issues).toEqual([]);
  });

  it('finds a recorded person by name without diacritics, birth year and village: joins, never a second person', () => {
    const registry: RegistryForImport = {
      ...empty,
      people: [{ id: 'm1', fullName: 'Dinh thi  HO', birthYear: 1970, residenceVillageId: 'v1' }],
    };
    const plan = planMediatorImport([row({ row: 4, fullName: 'Đinh Thị Hờ' })], registry);
    expect(plan.steps.map((s) => [s.action, s.mediatorId])).toEqual([['join', 'm1']]);
    expect(plan.counts.create).toBe(0);
  });

  it('another birth year or village is another person', () => {
    const registry: RegistryForImport = {
      ...empty,
      people: [
        { id: 'm1', fullName: 'Đinh Thị Hờ', birthYear: 1971, residenceVillageId: 'v1' },
        { id: 'm2', fullName: 'Đinh Thị Hờ', birthYear: 1970, residenceVillageId: 'v2' },
      ],
    };
    expect(planMediatorImport([row({ row: 3, fullName: 'Đinh Thị Hờ' })], registry).steps[0]!.action).toBe('create');
  });

  it('an open member of the team is already there: nothing to write, even as leader', () => {
    const registry: RegistryForImport = {
      ...empty,
      people: [{ id: 'm1', fullName: 'Đinh Thị Hờ', birthYear: 1970, residenceVillageId: 'v1' }],
      openMemberships: [{ teamId: 't1', mediatorId: 'm1', role: 'leader' }],
    };
    const plan = planMediatorImport([row({ row: 3, fullName: 'Đinh Thị Hờ', role: 'leader' })], registry);
    expect(plan.steps.map((s) => s.action)).toEqual(['present']);
    expect(plan.counts).toEqual({ create: 0, join: 0, present: 1, leaders: 0 });
  });

  it('refuses a leader row when the team already has another leader, naming the row and the team', () => {
    const registry: RegistryForImport = {
      ...empty,
      people: [{ id: 'm9', fullName: 'Rơ Mah Blưh', birthYear: 1960, residenceVillageId: 'v1' }],
      openMemberships: [{ teamId: 't1', mediatorId: 'm9', role: 'leader' }],
    };
    const plan = planMediatorImport(
      [row({ row: 5, fullName: 'Đinh Thị Hờ', role: 'leader' }), row({ row: 6, fullName: 'Siu Hyok' })],
      registry,
    );
    expect(plan.issues).toEqual([
      { code: 'IMPORT.LEADER_TAKEN', row: 5, column: null, params: { row: 5, team: 'Tổ hòa giải làng Một' } },
    ]);
    expect(plan.steps.map((s) => s.row)).toEqual([6]);
  });
});
