/**
 * The contest and reward forms' values → the API's input: a contest (rubric rows `rubric.<i>.label` and
 * `rubric.<i>.maxScore`, rounds and judges one per line), an entry (members ticked), a judge's sheet (`scores.<i>`
 * in the rubric's order), a performance's time (minutes and seconds) and a reward proposal (evidence ticked).
 */
import { decimalOrNull } from './training-form.ts';
import { valuesOf } from './registry-form.ts';

/** The number of rubric rows the form offers. */
export const rubricRows = 6;

const lines = (v: string | undefined) =>
  (v ?? '')
    .split('\n')
    .map((n) => n.trim())
    .filter((n) => n !== '');
const ids = (data: FormData, name: string) =>
  data
    .getAll(name)
    .map(String)
    .filter((v) => v !== '');
/** A whole number typed, NaN when not one (the schema names the field), null when empty. */
const whole = (v: string | undefined) => (v === undefined || v === '' ? null : /^\d+$/.test(v) ? Number(v) : NaN);

/** A new contest: rubric rows up to the last one filled (an empty row between is refused beside it). */
export function contestOf(data: FormData) {
  const values = valuesOf(data);
  const rows = Array.from({ length: rubricRows }, (_, i) => ({
    label: values[`rubric.${i}.label`] ?? '',
    maxScore: values[`rubric.${i}.maxScore`] ?? '',
  }));
  let last = rows.length - 1;
  while (last >= 0 && rows[last]!.label === '' && rows[last]!.maxScore === '') last--;
  const input = {
    name: values.name ?? '',
    level: values.level || 'commune',
    startsOn: values.startsOn ?? '',
    endsOn: values.endsOn || values.startsOn || '',
    rubric: rows.slice(0, last + 1).map((r) => ({ label: r.label, maxScore: whole(r.maxScore) ?? NaN })),
    rounds: lines(values.rounds),
    judges: lines(values.judges),
    timeLimitMinutes: whole(values.timeLimitMinutes) ?? NaN,
    penaltyPerMinute: whole(values.penaltyPerMinute) ?? NaN,
    clientKey: values.clientKey ?? '',
  };
  return { input, values };
}

/** A team entered: its unit, captain, official members and reserves ticked, helpers typed one per line. */
export function entryOf(data: FormData, contestId: string) {
  const values = valuesOf(data);
  const input = {
    contestId,
    unitName: values.unitName ?? '',
    captainId: values.captainId ?? '',
    officialMemberIds: ids(data, 'officialMemberIds'),
    reserveIds: ids(data, 'reserveIds'),
    helperNames: lines(values.helperNames),
  };
  return {
    input,
    values: {
      ...values,
      officialMemberIds: input.officialMemberIds.join(','),
      reserveIds: input.reserveIds.join(','),
    },
  };
}

/** One judge's sheet: a score per criterion (a comma or a point for the half). */
export function sheetOf(data: FormData, criteria: number) {
  const values = valuesOf(data);
  const input = {
    entryId: values.entryId ?? '',
    round: whole(values.round) ?? NaN,
    judge: values.judge ?? '',
    scores: Array.from({ length: criteria }, (_, i) => decimalOrNull(values[`scores.${i}`]) ?? NaN),
  };
  return { input, values };
}

/** A performance's time, typed as minutes and seconds. */
export function timingOf(data: FormData) {
  const values = valuesOf(data);
  const minutes = whole(values.minutes) ?? 0;
  const seconds = whole(values.seconds) ?? 0;
  const input = {
    entryId: values.entryId ?? '',
    round: whole(values.round) ?? NaN,
    seconds: seconds >= 60 ? NaN : minutes * 60 + seconds,
  };
  return { input, values };
}

/** A prize: the rank and the amount in đồng (dots or spaces between thousands allowed). */
export function prizeOf(data: FormData) {
  const values = valuesOf(data);
  const amount = (values.amountVnd ?? '').replace(/[.\s]/g, '');
  return {
    input: { entryId: values.entryId ?? '', rank: values.rank ?? '', amountVnd: whole(amount) ?? NaN },
    values,
  };
}

/** A reward proposal: the recipient (a mediator or a team), the period, the achievements and the evidence ticked. */
export function proposalOf(data: FormData) {
  const values = valuesOf(data);
  const [kind, id] = (values.recipient ?? '').split(':');
  const input = {
    form: values.form ?? '',
    mediatorId: kind === 'mediator' && id ? id : null,
    teamId: kind === 'team' && id ? id : null,
    periodFrom: values.periodFrom ?? '',
    periodTo: values.periodTo ?? '',
    achievements: values.achievements ?? '',
    caseIds: ids(data, 'caseIds'),
    trainingEventIds: ids(data, 'trainingEventIds'),
    contestEntryIds: ids(data, 'contestEntryIds'),
    clientKey: values.clientKey ?? '',
  };
  return {
    input,
    values: {
      ...values,
      caseIds: input.caseIds.join(','),
      trainingEventIds: input.trainingEventIds.join(','),
      contestEntryIds: input.contestEntryIds.join(','),
    },
  };
}
