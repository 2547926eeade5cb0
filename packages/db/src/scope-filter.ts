/**
 * The one place a scope becomes SQL: `scopeWhere(scope, columns)` is the WHERE clause that keeps a tenant table's
 * rows inside a granted scope (domain org/scope.ts). Always the commune (or, for a province, its communes); for a
 * table with a village column, the village scope's villages; for a table with a team column, the team scope's
 * teams. A village scope on a table that has only a team column keeps the teams of its villages; a team scope on a
 * table that has only a village column keeps its teams' villages. An empty list keeps nothing.
 */
import type { AnyScope } from '@hgcs/domain';
import { and, eq, inArray, sql, type Column, type SQL } from 'drizzle-orm';
import { teams } from './schema/team.ts';

/** A tenant table's columns the scope filters on: its commune, and its village and team when it has them. */
export type ScopeColumns = { communeId: Column; villageId?: Column; teamId?: Column };

const nothing = sql`false`;

/**
 * `column = any($1::int[])`: a province's communes as ONE array parameter, not a hundred (`inArray` sends one each),
 * so the statement is the same text for every province and its parameters cost one encoding.
 */
function anyOf(column: Column, ids: readonly number[]): SQL {
  return sql`${column} = any(${sql.param([...ids])}::int[])`;
}

/** The WHERE clause of `scope` for a table with `columns`. */
export function scopeWhere(scope: AnyScope, columns: ScopeColumns): SQL {
  if (scope.kind === 'province')
    return scope.communeIds.length > 0 ? anyOf(columns.communeId, scope.communeIds) : nothing;
  const commune = eq(columns.communeId, scope.communeId);
  if (scope.kind === 'village') {
    if (scope.villageIds.length === 0) return nothing;
    if (columns.villageId) return and(commune, inArray(columns.villageId, [...scope.villageIds]))!;
    if (columns.teamId) {
      const ofVillages = sql`(select ${teams.id} from ${teams} where ${teams.communeId} = ${scope.communeId} and ${inArray(teams.villageId, [...scope.villageIds])})`;
      return and(commune, inArray(columns.teamId, ofVillages))!;
    }
    return commune;
  }
  if (scope.kind === 'team') {
    if (scope.teamIds.length === 0) return nothing;
    if (columns.teamId) return and(commune, inArray(columns.teamId, [...scope.teamIds]))!;
    if (columns.villageId) {
      const villagesOfTeams = sql`(select ${teams.villageId} from ${teams} where ${teams.communeId} = ${scope.communeId} and ${inArray(teams.id, [...scope.teamIds])})`;
      return and(commune, inArray(columns.villageId, villagesOfTeams))!;
    }
    return commune;
  }
  return commune;
}
