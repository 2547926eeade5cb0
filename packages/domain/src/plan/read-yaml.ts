/**
 * Reads a YAML (or JSON) text into plain data and keeps its source map, so a problem found later at a data path
 * (`plan.groups.1.tasks.0.leadAgency`) is reported at its line ("dòng 42"). Pure: the caller reads the file.
 * Syntax errors, duplicate keys and alias bombs are refused with `PLAN.FILE_INVALID` and their line.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DomainError } from '../errors/domain-error.ts';

export type DataPath = readonly PropertyKey[];
export type YamlText = { value: unknown; lineOf: (path: DataPath) => number };
/** One problem of a data file: where (a data path) and what (a catalogue key, `field.*` or `error.*`, with its values). */
export type FileProblem = { path: DataPath; code: string; params: Record<string, string | number> };

/** Parses `text`; throws `PLAN.FILE_INVALID` with the line of the first syntax error. */
export function readYaml(text: string): YamlText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new DomainError('PLAN.FILE_INVALID', { line, count: 1 }, [
      { line, path: '', code: 'field.YAML_SYNTAX', params: { code: syntax.code } },
    ]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch {
    throw new DomainError('PLAN.FILE_INVALID', { line: 1, count: 1 }, [
      { line: 1, path: '', code: 'field.YAML_ALIASES', params: {} },
    ]);
  }
  const lineOf = (path: DataPath): number => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
        if ((node as Node | null)?.range && !isMap(node) && !isSeq(node)) offset = (node as Node).range![0];
      } else if (isSeq(node) && typeof key === 'number' && key < node.items.length) {
        node = node.items[key];
        offset = (node as Node | null)?.range?.[0] ?? offset;
      } else break;
    }
    return lineCounter.linePos(offset).line;
  };
  return { value, lineOf };
}

/** `plan.groups[1].tasks[0].code` — a data path as an officer can find it in the file. */
export function formatPath(path: DataPath): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`),
    '',
  );
}

/**
 * Throws `PLAN.FILE_INVALID` with the number of problems and the first one's line; its details are the problems
 * (at most 10), sorted by line, each with its line, path, catalogue key and values — the edge renders them as
 * "dòng N: path — text".
 */
export function throwFileProblems(source: YamlText, problems: readonly FileProblem[]): never {
  const located = problems
    .map((p) => ({ line: source.lineOf(p.path), path: formatPath(p.path), code: p.code, params: p.params }))
    .sort((a, b) => a.line - b.line);
  throw new DomainError(
    'PLAN.FILE_INVALID',
    { line: located[0]?.line ?? 1, count: located.length },
    located.slice(0, 10),
  );
}
