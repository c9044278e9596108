/** The before/after of an audit entry, field by field, for people to read. */

export type Change = 'added' | 'removed' | 'changed' | 'same';
export type DiffRow = { field: string; before: unknown; after: unknown; change: Change };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** null/undefined is "no record"; a bare value (not an object) is shown as one field named `value`. */
function asRecord(value: unknown): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  return isRecord(value) ? value : { value };
}

/** JSON with sorted keys, so that key order never counts as a change. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Fields in the order the records list them (before first, then fields only after has). */
export function diffRecords(before: unknown, after: unknown): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields.map((field) => {
    const inBefore = b !== null && field in b;
    const inAfter = a !== null && field in a;
    const beforeValue = inBefore ? b[field] : undefined;
    const afterValue = inAfter ? a[field] : undefined;
    let change: Change = 'changed';
    if (!inBefore) change = 'added';
    else if (!inAfter) change = 'removed';
    else if (stableJson(beforeValue) === stableJson(afterValue)) change = 'same';
    return { field, before: beforeValue, after: afterValue, change };
  });
}

/** A value as text: strings as they are, everything else as indented JSON; absent is empty. */
export function displayValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}
