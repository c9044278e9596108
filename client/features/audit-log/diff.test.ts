import { describe, expect, it } from 'vitest';
import { diffRecords, displayValue } from './diff';

describe('diffRecords', () => {
  it('when a record is created, then every field is added', () => {
    expect(diffRecords(null, { name: 'A', role: 'viewer' })).toEqual([
      { field: 'name', before: undefined, after: 'A', change: 'added' },
      { field: 'role', before: undefined, after: 'viewer', change: 'added' },
    ]);
  });

  it('when a record is deleted, then every field is removed', () => {
    expect(diffRecords({ name: 'A' }, null)).toEqual([{ field: 'name', before: 'A', after: undefined, change: 'removed' }]);
  });

  it('when one field changes, then only that field is marked changed', () => {
    const rows = diffRecords({ name: 'A', role: 'viewer' }, { name: 'A', role: 'admin' });
    expect(rows.map((r) => [r.field, r.change])).toEqual([['name', 'same'], ['role', 'changed']]);
  });

  it('when nested objects differ only in key order, then they count as the same', () => {
    const rows = diffRecords({ terms: { a: 1, b: 2 } }, { terms: { b: 2, a: 1 } });
    expect(rows[0]?.change).toBe('same');
  });

  it('when before and after are bare values, then they show as one field named value', () => {
    expect(diffRecords(1, 2)).toEqual([{ field: 'value', before: 1, after: 2, change: 'changed' }]);
  });

  it('when a value is an object, then it displays as indented JSON', () => {
    expect(displayValue({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(displayValue('text')).toBe('text');
    expect(displayValue(undefined)).toBe('');
    expect(displayValue(null)).toBe('null');
  });
});
