/**
 * Codes of the registry: villages, teams, mediators and legal supporters (each names its field in `params.field`,
 * so a form shows it beside that field), and importing the commune's mediator lists (each names the row and the
 * column as the officer sees them in the spreadsheet). The texts are @hgcs/i18n's `error.<code>`.
 */
import type { ErrorSpec } from '../errors/domain-error.ts';

export const registryMessages = {
  'IMPORT.NO_HEADER': { kind: 'invalid', params: ['rows'] },
  'IMPORT.MISSING_COLUMN': { kind: 'invalid', params: ['row', 'column'] },
  'IMPORT.DUPLICATE_COLUMN': { kind: 'invalid', params: ['row', 'column'] },
  'IMPORT.TOO_MANY_ROWS': { kind: 'invalid', params: ['count', 'max'] },
  'IMPORT.REQUIRED': { kind: 'invalid', params: ['row', 'column'] },
  'IMPORT.TOO_LONG': { kind: 'invalid', params: ['row', 'column', 'max'] },
  'IMPORT.BAD_NAME': { kind: 'invalid', params: ['row', 'column', 'value'] },
  'IMPORT.BAD_BIRTH': { kind: 'invalid', params: ['row', 'column', 'value'] },
  'IMPORT.BAD_SEX': { kind: 'invalid', params: ['row', 'column', 'value'] },
  'IMPORT.UNKNOWN_VILLAGE': { kind: 'invalid', params: ['row', 'column', 'value'] },
  'IMPORT.NO_TEAM_IN_VILLAGE': { kind: 'invalid', params: ['row', 'village'] },
  'IMPORT.TEAM_AMBIGUOUS': { kind: 'invalid', params: ['row', 'village'] },
  'IMPORT.UNKNOWN_TEAM': { kind: 'invalid', params: ['row', 'column', 'village', 'value'] },
  'IMPORT.BAD_ROLE': { kind: 'invalid', params: ['row', 'column', 'value'] },
  'IMPORT.BAD_PHONE': { kind: 'invalid', params: ['row', 'column', 'value'] },
  'IMPORT.DUPLICATE_PERSON': { kind: 'conflict', params: ['row', 'firstRow'] },
  'IMPORT.SECOND_LEADER': { kind: 'conflict', params: ['row', 'team', 'firstRow'] },
  'REGISTRY.DUPLICATE_PERSON': { kind: 'conflict', params: ['field'] },
  'REGISTRY.ALREADY_MEMBER': { kind: 'conflict', params: ['field'] },
  'REGISTRY.LEADER_TAKEN': { kind: 'conflict', params: ['field'] },
  'REGISTRY.NOT_ACTIVE_MEMBER': { kind: 'conflict', params: ['field'] },
  'REGISTRY.LEFT_BEFORE_JOINED': { kind: 'invalid', params: ['field', 'joinedOn'] },
  'REGISTRY.STANDARDS_UNMET': { kind: 'invalid', params: ['field', 'codes'] },
  'REGISTRY.TEAM_DISSOLVED': { kind: 'conflict', params: ['field'] },
  'REGISTRY.VILLAGE_NOT_FOUND': { kind: 'invalid', params: ['field'] },
  'REGISTRY.NAME_TAKEN': { kind: 'conflict', params: ['field'] },
} as const satisfies Record<string, ErrorSpec>;
