import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactRowKeys } from '../../../server/importers/row-keys';

/** The obvious registry, to hold the compact one to. */
function reference() {
  const seen = new Map<string, number>();
  return (key: string, row: number) => {
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row);
    return first;
  };
}

describe('compactRowKeys', () => {
  it('when a key comes back, then it answers the row it was first on; a new key answers undefined', () => {
    const keys = compactRowKeys();
    expect(keys.claim('3719205610112345678', 2)).toBeUndefined();
    expect(keys.claim('3719205610112345679', 3)).toBeUndefined();
    expect(keys.claim('3719205610112345678', 9)).toBe(2);
    expect(keys.claim('3719205610112345678', 10)).toBe(2);
    expect(keys.claim('', 11)).toBeUndefined();
    expect(keys.claim('', 12)).toBe(11);
  });

  it('when keys differ only in how they would be encoded, then they stay apart', () => {
    const keys = compactRowKeys();
    // Lone surrogates would all become U+FFFD in UTF-8; latin1 and UTF-16 forms of look-alikes differ.
    const tricky = ['\uD800', '\uD801', '\uFFFD', 'é', 'e\u0301', 'ÿ', '\u0100', 'a\u0000', 'a', '\u0000a'];
    tricky.forEach((k, i) => expect(keys.claim(k, i + 1)).toBeUndefined());
    tricky.forEach((k, i) => expect(keys.claim(k, 100 + i)).toBe(i + 1));
  });

  it('when 300,000 keys are claimed (the table grows, keys fill several buffers), then every repeat is found and nothing else', () => {
    const keys = compactRowKeys();
    const key = (i: number) => `${3_700_000_000_000 + i * 7919}-${'x'.repeat(i % 23)}`;
    let wrong = 0;
    for (let i = 0; i < 300_000; i += 1) if (keys.claim(key(i), i + 2) !== undefined) wrong += 1;
    for (let i = 0; i < 300_000; i += 7) if (keys.claim(key(i), 0) !== i + 2) wrong += 1;
    expect(wrong).toBe(0);
    expect(keys.claim('not seen', 1)).toBeUndefined();
  });

  it('when a key is longer than a buffer, then it gets a buffer of its own', () => {
    const keys = compactRowKeys();
    const long = 'k'.repeat(5 * 1024 * 1024);
    expect(keys.claim('before', 1)).toBeUndefined();
    expect(keys.claim(long, 2)).toBeUndefined();
    expect(keys.claim('after', 3)).toBeUndefined();
    expect([keys.claim(long, 4), keys.claim('before', 5), keys.claim('after', 6)]).toEqual([2, 1, 3]);
  });

  it('property: any sequence of claims answers exactly as a Map would', () => {
    const keyArb = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('a', 'b', 'é', '\uD800'));
    fc.assert(fc.property(fc.array(keyArb, { maxLength: 3000 }), (sequence) => {
      const compact = compactRowKeys();
      const expected = reference();
      sequence.forEach((k, row) => expect(compact.claim(k, row)).toBe(expected(k, row)));
    }), { numRuns: 200 });
  });
});
