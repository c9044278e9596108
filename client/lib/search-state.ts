import { useSearchParams } from 'react-router';

/**
 * List filters and the page number live in the URL, so a filtered page can be linked, reloaded and gone back to.
 * Changing a filter goes back to page 1.
 */
export function useSearchState<K extends string>(keys: readonly K[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((key) => [key, searchParams.get(key) ?? ''])) as Record<K, string>;
  const pageNumber = Number(searchParams.get('page'));
  const page = Number.isInteger(pageNumber) && pageNumber > 0 ? pageNumber : 1;

  function update(patch: Partial<Record<K | 'page', string | number>>) {
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(patch)) {
        if (value === '' || value === undefined || (key === 'page' && value === 1)) next.delete(key);
        else next.set(key, String(value));
      }
      if (!('page' in patch)) next.delete('page');
      return next;
    });
  }

  return { values, page, update, setPage: (p: number) => update({ page: p } as Partial<Record<K | 'page', number>>) };
}
