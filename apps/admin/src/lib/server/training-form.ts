/**
 * The training forms' values → the API's input: an event (trainers typed one per line, or chosen from the
 * registry's mediators and legal supporters), the attendance grid (one box per mediator and day, `h-<id>-<day>`;
 * an empty box is absent), and an assessment (a score per competency, `scores.<code>`).
 */
import { valuesOf } from './registry-form.ts';

/** A number typed with a comma or a point, NaN when not a number, null when empty. */
export const decimalOrNull = (v: string | undefined): number | null =>
  v === undefined || v === '' ? null : /^\d+([.,]\d+)?$/.test(v) ? Number(v.replace(',', '.')) : Number.NaN;

const ids = (data: FormData, name: string) =>
  data
    .getAll(name)
    .map(String)
    .filter((v) => v !== '');

/** The event's fields as the domain's schema takes them, and the typed values to give back. */
export function eventOf(data: FormData) {
  const values = valuesOf(data);
  const names = (values.trainerNames ?? '')
    .split('\n')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const input = {
    title: values.title ?? '',
    startsOn: values.startsOn ?? '',
    endsOn: values.endsOn || values.startsOn || '',
    place: values.place ?? '',
    kind: values.kind ?? '',
    organiserLevel: values.organiserLevel || 'commune',
    hoursPerDay: decimalOrNull(values.hoursPerDay) ?? Number.NaN,
    usesMaterialSet: values.usesMaterialSet === 'on',
    workItemId: values.workItemId || null,
    trainers: [
      ...names.map((name) => ({ name })),
      ...ids(data, 'trainerMediators').map((mediatorId) => ({ mediatorId })),
      ...ids(data, 'trainerSupporters').map((legalSupporterId) => ({ legalSupporterId })),
    ],
  };
  return {
    input,
    values: {
      ...values,
      trainerMediators: ids(data, 'trainerMediators').join(','),
      trainerSupporters: ids(data, 'trainerSupporters').join(','),
    },
  };
}

/** The attendance grid's filled boxes as lines, in the page's order, with each line's box name. */
export function attendanceOf(data: FormData) {
  const values = valuesOf(data);
  const lines: { mediatorId: string; attendedOn: string; hours: number }[] = [];
  const boxes: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const m = /^h-([0-9a-f-]{36})-(\d{4}-\d{2}-\d{2})$/.exec(name);
    if (!m || value === '') continue;
    lines.push({ mediatorId: m[1]!, attendedOn: m[2]!, hours: decimalOrNull(value) ?? Number.NaN });
    boxes.push(name);
  }
  return { lines, boxes, values };
}

type Failure = { status: number; data: { fields: Record<string, string> } };

/** Moves `attendees.<i>.*` errors to the i-th line's box, and returns the failure. */
export function onBoxes<F extends Failure>(failure: F, boxes: readonly string[]): F {
  const fields = failure.data.fields;
  for (const [key, text] of Object.entries({ ...fields })) {
    const m = /^attendees\.(\d+)\./.exec(key);
    const box = m ? boxes[Number(m[1])] : undefined;
    if (box) fields[box] = text;
  }
  return failure;
}
