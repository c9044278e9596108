import { useCallback, useState } from 'react';

// How the navigation was left (sidebar hidden, groups folded) is a preference of this browser, not of the account.

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice holds for this visit only.
  }
}

/** A yes/no kept in this browser: false until set. */
export function useStoredFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => read(key) === '1');
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      write(key, next ? '1' : null);
    },
    [key],
  );
  return [value, set];
}

/** A set of names kept in this browser (the folded groups), empty until set. */
export function useStoredSet(key: string): [ReadonlySet<string>, (name: string, included: boolean) => void] {
  const [names, setNames] = useState<ReadonlySet<string>>(() => new Set((read(key) ?? '').split(',').filter(Boolean)));
  const toggle = useCallback(
    (name: string, included: boolean) => {
      setNames((current) => {
        const next = new Set(current);
        if (included) next.add(name);
        else next.delete(name);
        write(key, next.size > 0 ? [...next].join(',') : null);
        return next;
      });
    },
    [key],
  );
  return [names, toggle];
}
