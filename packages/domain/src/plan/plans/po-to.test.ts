import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planSchema, type PlanTask } from '../plan.ts';
import type { SimpleTiming } from '../timing.ts';
import { poToAgencies, poToPlan } from './po-to.ts';

// The commune's own text; the data must say what it says.
const seedUrl = new URL('./ke-hoach-po-to.txt', import.meta.url);
const lines = readFileSync(seedUrl, 'utf8')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l !== '');

type ParsedTask = {
  code: string;
  content: string;
  lead?: string;
  partners?: string;
  timing?: string;
  timingParts: string[];
};
type ParsedGroup = { code: string; title: string; activities: string[]; tasks: ParsedTask[] };

/** Reads section II: numbered groups, "2.1."/"a)" tasks, their "- Cơ quan…"/"- Thời gian…" lines and bullets. */
function parseSectionII(): ParsedGroup[] {
  const start = lines.indexOf('II. NỘI DUNG THỰC HIỆN');
  const end = lines.indexOf('III. KINH PHÍ THỰC HIỆN');
  const groups: ParsedGroup[] = [];
  let last: ParsedTask | undefined;
  const group = () => groups.at(-1)!;
  const pending = () => {
    const g = group();
    if (g.tasks.length === 0) g.tasks.push({ code: g.code, content: g.title, timingParts: [] });
    return g.tasks;
  };
  for (const line of lines.slice(start + 1, end)) {
    let m: RegExpExecArray | null;
    if ((m = /^(\d+\.\d+)\. (.+)$/.exec(line)))
      group().tasks.push((last = { code: m[1]!, content: m[2]!, timingParts: [] }));
    else if ((m = /^(\d+)\. (.+)$/.exec(line))) groups.push({ code: m[1]!, title: m[2]!, activities: [], tasks: [] });
    else if ((m = /^([a-z])\) (.+)$/.exec(line)))
      group().tasks.push((last = { code: group().code + m[1]!, content: m[2]!, timingParts: [] }));
    else if ((m = /^- Cơ quan (?:chủ trì|thực hiện): (.+)$/.exec(line))) for (const t of pending()) t.lead ??= m[1]!;
    else if ((m = /^- Cơ quan phối hợp: (.+)$/.exec(line))) for (const t of pending()) t.partners ??= m[1]!;
    else if ((m = /^- Thời gian thực hiện:\s*(.*)$/.exec(line))) for (const t of pending()) t.timing ??= m[1]!;
    else if ((m = /^\+ (.+)$/.exec(line))) last!.timingParts.push(m[1]!);
    else if ((m = /^- (.+)$/.exec(line))) group().activities.push(m[1]!);
    else throw new Error(`unread line in section II: ${line}`);
  }
  return groups;
}

const normalise = (s: string) => s.normalize('NFC').replace(/[–-]/g, '-').replace(/hoá/g, 'hóa').toLowerCase();
const agencies = poToAgencies.map((a) => ({ code: a.code, name: normalise(a.name) }));
const stripStop = (s: string) => s.trim().replace(/\.$/, '').trim();

/** Splits "Ủy ban … xã và các phòng, ban …" into named agency codes and the verbatim rest. */
function splitAgencies(phrase: string): { codes: string[]; rest: string | null } {
  let rest = stripStop(phrase);
  const codes: string[] = [];
  for (;;) {
    const hit = agencies.find((a) => normalise(rest).startsWith(a.name));
    if (!hit) break;
    codes.push(hit.code);
    rest = rest.slice(hit.name.length).replace(/^\s*(?:và|;|,)\s*/, '');
  }
  rest = rest.trim();
  return { codes, rest: rest === '' ? null : rest };
}

function timingOf(text: string): SimpleTiming {
  const t = stripStop(text);
  let m: RegExpExecArray | null;
  if (t === 'Hàng năm') return { kind: 'yearly' };
  if (t === 'Khi có yêu cầu') return { kind: 'on_demand' };
  if ((m = /^Năm (\d{4}) - (\d{4})$/.exec(t))) return { kind: 'year_range', from: Number(m[1]), to: Number(m[2]) };
  if ((m = /^Năm (\d{4})$/.exec(t))) return { kind: 'fixed_year', year: Number(m[1]) };
  if ((m = /^Theo Kế hoạch của (.+)$/.exec(t))) return { kind: 'higher_plan', issuer: m[1]! };
  throw new Error(`unknown timing: ${text}`);
}

const parsed = parseSectionII();
const dataTasks = new Map<string, PlanTask>(poToPlan.groups.flatMap((g) => g.tasks.map((t) => [t.code, t] as const)));

describe('poToPlan against the commune text (ke-hoach-po-to.txt, kept beside this test)', () => {
  it('is a valid plan for xã Pờ Tó, 2025–2030, with the preamble basis and section III funding', () => {
    expect(planSchema.parse(poToPlan)).toEqual(poToPlan);
    expect(poToPlan.communeCode).toBe('24013');
    expect([poToPlan.startYear, poToPlan.endYear]).toEqual([2025, 2030]);
    expect(lines[0]).toBe(`KẾ HOẠCH ${poToPlan.title}`);
    const preamble = lines.find((l) => l.startsWith('Thực hiện '))!;
    expect(poToPlan.basis).toEqual(preamble.slice('Thực hiện '.length).split('; ').map(stripStop));
    const funding = lines.slice(lines.indexOf('III. KINH PHÍ THỰC HIỆN') + 1, lines.indexOf('IV. TỔ CHỨC THỰC HIỆN'));
    expect(poToPlan.funding).toEqual(funding.map((l) => l.replace(/^\d+\. /, '')));
  });
  it('has every numbered section of part II as a group, with its title and activities', () => {
    expect(poToPlan.groups.map((g) => g.code)).toEqual(parsed.map((g) => g.code));
    for (const g of parsed) {
      const data = poToPlan.groups.find((d) => d.code === g.code)!;
      expect(data.title, g.code).toBe(g.title);
      expect(data.activities, g.code).toEqual(g.activities);
    }
    expect(poToPlan.groups.find((g) => g.code === '2')!.activities).toHaveLength(5);
  });
  it('has exactly the tasks of the text, in order', () => {
    expect(poToPlan.groups.flatMap((g) => g.tasks.map((t) => t.code))).toEqual(
      parsed.flatMap((g) => g.tasks.map((t) => t.code)),
    );
    expect(dataTasks.size).toBe(16);
  });
  for (const task of parsed.flatMap((g) => g.tasks)) {
    it(`task ${task.code}: content, lead, partners and timing as written`, () => {
      const data = dataTasks.get(task.code)!;
      expect(data.content).toBe(task.content);
      const lead = splitAgencies(task.lead!);
      expect([data.leadAgency]).toEqual(lead.codes);
      expect(data.leadNote).toBe(lead.rest);
      const partners = splitAgencies(task.partners!);
      expect(data.coordinatingAgencies).toEqual(partners.codes);
      expect(data.coordinatingOthers).toBe(partners.rest);
      if (task.timingParts.length === 0) {
        expect(data.timingText).toBe(task.timing);
        expect(data.timing).toEqual(timingOf(task.timing!));
      } else {
        expect(data.timingText).toBe(task.timingParts.join('\n'));
        expect(data.timing.kind).toBe('composite');
        const parts = data.timing.kind === 'composite' ? data.timing.parts : [];
        expect(parts.map((p) => `${p.label}: ${p.timing.kind}`)).toEqual(
          task.timingParts.map((p) => `${p.split(': ')[0]}: ${timingOf(p.split(': ')[1]!).kind}`),
        );
        expect(parts.map((p) => p.timing)).toEqual(task.timingParts.map((p) => timingOf(p.split(': ')[1]!)));
      }
      expect(data.expectedEvidence.length, task.code).toBeGreaterThanOrEqual(2);
    });
  }
  it('reads the plan as the sheet does: 2.1 shares 2.2, 4b led by Phòng Kinh tế, 5a by Phòng Văn hóa – Xã hội', () => {
    expect(dataTasks.get('2.1')!.timing).toEqual({ kind: 'year_range', from: 2027, to: 2030 });
    expect(dataTasks.get('4a')!.timing).toEqual({ kind: 'on_demand' });
    expect(dataTasks.get('4b')!.leadAgency).toBe('economy');
    expect(dataTasks.get('5a')!.leadAgency).toBe('culture_society');
    expect(dataTasks.get('6a')!.coordinatingAgencies).toEqual(['police']);
    expect(dataTasks.get('7b')!.timing).toEqual({ kind: 'higher_plan', issuer: 'Sở Tư pháp tỉnh' });
  });
});
