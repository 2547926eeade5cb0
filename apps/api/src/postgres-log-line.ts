/**
 * What the API's log keeps of the embedded PostgreSQL's own output (ANM-07): server life-cycle lines as they are;
 * for an error, its severity only — PostgreSQL's ERROR, DETAIL, STATEMENT, CONTEXT and HINT lines quote values
 * ("Key (username)=(…)"), the failing statement and its data.
 */
const quoting = /\b(ERROR|FATAL|PANIC|DETAIL|STATEMENT|CONTEXT|HINT|WARNING|NOTICE):/;

/** The loggable form of one line of PostgreSQL output. */
export function postgresLogLine(line: string): string {
  const match = quoting.exec(line);
  return match ? `${match[1]} (text withheld)` : line.trim();
}
