/**
 * Reads a commune's existing list of mediators (point 8 of issue 10) from a sheet's rows, as exceljs gives them
 * (an array of rows, each an array of cells): finds the header whatever its variants, checks every row, and
 * returns the rows that can be written and every problem in plain Vietnamese (row, column, what is wrong). Nothing
 * is written here: the caller shows a preview and writes the valid rows only when the officer confirms, matching
 * people by `personKey` so that a re-import never creates a second record.
 */
import { z } from 'zod';
import type { IsoDate } from '../calendar/iso-date.ts';
import { parseInput } from '../errors/parse-input.ts';
import { entityIdSchema } from '../mediation/ids.ts';
import { foldText } from './fold-text.ts';
import { importIssue, type ImportIssue } from './import-issue.ts';
import { findHeader, headerSearchRows, type ColumnMap, type MediatorListField } from './mediator-list-columns.ts';
import { personKey } from './person-key.ts';
import { cellText, readBirth, readPhone, readRole, readSex } from './read-cell.ts';

/** The most rows one import takes (a province-wide list is split by commune). */
export const maxImportRows = 5000;

/** What the rows are checked against: the commune's villages and teams, and the year of the import (no clock). */
export const mediatorListContextSchema = z
  .object({
    villages: z.array(z.object({ id: entityIdSchema, name: z.string().trim().min(1) }).strict()),
    teams: z.array(
      z.object({ id: entityIdSchema, name: z.string().trim().min(1), villageId: entityIdSchema }).strict(),
    ),
    referenceYear: z.number().int().min(2014).max(2100),
    /** The sheet row number of `rows[0]` (1 when the rows start at the top of the sheet). */
    firstRowNumber: z.number().int().min(1).default(1),
  })
  .strict();
export type MediatorListContext = z.input<typeof mediatorListContextSchema>;

/** One person of the list, ready to be written. */
export type ImportedMediator = {
  row: number;
  /** `personKey`: the same person on a re-import has the same key. */
  key: string;
  fullName: string;
  birthYear: number;
  birthDate: IsoDate | null;
  sex: 'female' | 'male';
  ethnicity: string | null;
  /** From the ethnicity: anyone but Kinh; null when the list does not say. */
  ethnicMinority: boolean | null;
  villageId: string;
  teamId: string;
  role: 'leader' | 'member';
  occupation: string | null;
  phone: string | null;
};

export type MediatorListResult = {
  headerRow: number | null;
  columns: ColumnMap;
  valid: ImportedMediator[];
  issues: ImportIssue[];
};

/** Unit words before a village's name ("thôn", "làng", "buôn"…), dropped when matching. */
const unitWords = /^(to hoa giai )?(thon|lang|buon|ban|ap|to dan pho|khu pho|khoi pho) /;
const placeKey = (name: string) => foldText(name).replace(unitWords, '');

/**
 * Checks every row of a list against the commune's villages and teams (issue 10 points 8 and 11).
 * @example parseMediatorList(rows, { villages, teams, referenceYear: 2026 }).issues.map((i) => i.code)
 */
export function parseMediatorList(
  rows: readonly (readonly unknown[])[],
  context: MediatorListContext,
): MediatorListResult {
  const ctx = parseInput(mediatorListContextSchema, context);
  if (rows.length > maxImportRows)
    return {
      headerRow: null,
      columns: {},
      valid: [],
      issues: [importIssue('IMPORT.TOO_MANY_ROWS', null, null, { count: rows.length, max: maxImportRows })],
    };
  const header = findHeader(
    rows.slice(0, headerSearchRows).map((r) => r.map((c) => cellText(c) ?? '')),
    ctx.firstRowNumber,
  );
  if ('issues' in header) return { headerRow: null, columns: {}, valid: [], issues: header.issues };
  const { columns } = header;
  const villages = new Map(ctx.villages.map((v) => [placeKey(v.name), v]));
  const valid: ImportedMediator[] = [];
  const issues: ImportIssue[] = [];
  const firstRowOfKey = new Map<string, number>();
  const leaderRowOfTeam = new Map<string, number>();

  rows.slice(header.rowIndex + 1).forEach((cells, i) => {
    const row = ctx.firstRowNumber + header.rowIndex + 1 + i;
    const raw = (field: MediatorListField) => (columns[field] === undefined ? null : cells[columns[field].index]);
    const text = (field: MediatorListField) => cellText(raw(field));
    const title = (field: MediatorListField) => columns[field]?.title ?? '';
    if (cells.every((c) => cellText(c) === null)) return;
    const rowIssues: ImportIssue[] = [];
    const problem = (
      code: Parameters<typeof importIssue>[0],
      field: MediatorListField | null,
      params: Record<string, string | number> = {},
    ) => rowIssues.push(importIssue(code, row, field === null ? null : title(field), params));
    const tooLong = (field: MediatorListField, max: number) => {
      const value = text(field);
      if (value !== null && value.length > max) problem('IMPORT.TOO_LONG', field, { max });
      return value !== null && value.length <= max ? value : null;
    };

    const fullName = text('fullName');
    if (fullName === null) problem('IMPORT.REQUIRED', 'fullName');
    else if (fullName.length < 2 || fullName.length > 120 || !/\p{L}/u.test(fullName) || /\d/.test(fullName))
      problem('IMPORT.BAD_NAME', 'fullName', { value: fullName.slice(0, 60) });
    const birthText = text('birth');
    const birth = birthText === null ? null : readBirth(raw('birth'));
    if (birthText === null) problem('IMPORT.REQUIRED', 'birth');
    else if (birth === null || birth.year > ctx.referenceYear || birth.year < ctx.referenceYear - 120)
      problem('IMPORT.BAD_BIRTH', 'birth', { value: birthText.slice(0, 30) });
    const sexText = text('sex');
    const sex = sexText === null ? null : readSex(sexText);
    if (sexText === null) problem('IMPORT.REQUIRED', 'sex');
    else if (sex === null) problem('IMPORT.BAD_SEX', 'sex', { value: sexText.slice(0, 30) });
    const villageText = text('village');
    const village = villageText === null ? undefined : villages.get(placeKey(villageText));
    if (villageText === null) problem('IMPORT.REQUIRED', 'village');
    else if (village === undefined) problem('IMPORT.UNKNOWN_VILLAGE', 'village', { value: villageText.slice(0, 80) });
    const roleText = text('role');
    const role = readRole(roleText);
    if (role === null) problem('IMPORT.BAD_ROLE', 'role', { value: (roleText ?? '').slice(0, 30) });
    const phoneText = text('phone');
    const phone = phoneText === null ? null : readPhone(raw('phone'));
    if (phoneText !== null && phone === null) problem('IMPORT.BAD_PHONE', 'phone', { value: phoneText.slice(0, 30) });
    const ethnicity = tooLong('ethnicity', 60);
    const occupation = tooLong('occupation', 200);

    let teamId: string | null = null;
    if (village !== undefined) {
      const teams = ctx.teams.filter((t) => t.villageId === village.id);
      const teamText = text('team');
      if (teamText === null) {
        if (teams.length === 1) teamId = teams[0]!.id;
        else
          problem(teams.length === 0 ? 'IMPORT.NO_TEAM_IN_VILLAGE' : 'IMPORT.TEAM_AMBIGUOUS', null, {
            village: village.name,
          });
      } else {
        const wanted = placeKey(teamText);
        const match = teams.filter(
          (t) => placeKey(t.name) === wanted || (teams.length === 1 && wanted === placeKey(village.name)),
        );
        if (match.length === 1) teamId = match[0]!.id;
        else problem('IMPORT.UNKNOWN_TEAM', 'team', { value: teamText.slice(0, 80), village: village.name });
      }
    }

    if (
      rowIssues.length > 0 ||
      fullName === null ||
      birth === null ||
      sex === null ||
      village === undefined ||
      teamId === null ||
      role === null
    ) {
      issues.push(...rowIssues);
      return;
    }
    const key = personKey({ fullName, birthYear: birth.year, villageId: village.id });
    const firstRow = firstRowOfKey.get(key);
    if (firstRow !== undefined) {
      issues.push(importIssue('IMPORT.DUPLICATE_PERSON', row, null, { firstRow }));
      return;
    }
    const leaderRow = leaderRowOfTeam.get(teamId);
    if (role === 'leader' && leaderRow !== undefined) {
      issues.push(
        importIssue('IMPORT.SECOND_LEADER', row, title('role'), {
          firstRow: leaderRow,
          team: ctx.teams.find((t) => t.id === teamId)!.name,
        }),
      );
      return;
    }
    firstRowOfKey.set(key, row);
    if (role === 'leader') leaderRowOfTeam.set(teamId, row);
    valid.push({
      row,
      key,
      fullName,
      birthYear: birth.year,
      birthDate: birth.date,
      sex,
      ethnicity,
      ethnicMinority: ethnicity === null ? null : foldText(ethnicity) !== 'kinh',
      villageId: village.id,
      teamId,
      role,
      occupation,
      phone,
    });
  });
  return { headerRow: ctx.firstRowNumber + header.rowIndex, columns, valid, issues };
}
