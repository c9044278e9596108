export type SortOrder = 'asc' | 'desc';

type SortHeaderProps = { label: string; active: boolean; order: SortOrder; onSort: (order: SortOrder) => void };

/** A column header that sorts: a click sorts by it, a second click reverses; the arrow shows the direction. */
export function SortHeader({ label, active, order, onSort }: SortHeaderProps) {
  return (
    <button type="button" className="inline-flex items-center gap-1 font-semibold hover:text-indigo-700" onClick={() => onSort(active && order === 'asc' ? 'desc' : 'asc')}>
      {label}
      <span aria-hidden="true" className={active ? 'text-indigo-600' : 'text-slate-300'}>
        {active && order === 'desc' ? '▼' : '▲'}
      </span>
    </button>
  );
}
