/** Fills `{name}` slots in a screen text: fill('Đã làm xong {done} việc', { done: 3 }). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
