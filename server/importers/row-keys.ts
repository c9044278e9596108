// Within one file a row key may appear once (an export never repeats a key; a repeat is a corrupt or
// concatenated file). Where the keys seen so far are kept is the caller's choice: in memory for a
// small file or a test, off the JS heap (a temporary SQLite table) for a million-row import.

export interface RowKeyRegistry {
  /** Remembers that `key` is on `row`; if it was already seen, returns the row it was first on instead. */
  claim(key: string, row: number): number | undefined;
}

export function memoryRowKeys(): RowKeyRegistry {
  const seen = new Map<string, number>();
  return {
    claim(key, row) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, row);
      return first;
    },
  };
}
