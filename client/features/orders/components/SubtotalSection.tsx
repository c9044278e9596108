import type { ReactNode } from 'react';

/** One breakdown of a list's subtotals (by host, by period, by platform): a titled box whose long lists scroll. */
export function SubtotalSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white">
      <h2 id={id} className="border-b border-slate-200 px-3 py-2 text-sm font-semibold text-slate-800">{title}</h2>
      <div className="max-h-64 overflow-y-auto">{children}</div>
    </section>
  );
}
