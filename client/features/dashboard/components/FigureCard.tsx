import clsx from 'clsx';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

type Props = { label: string; value: ReactNode; to: string; detail?: ReactNode; tone?: 'normal' | 'warn'; testId?: string };

/** One figure of the dashboard: the whole card is a link to the list behind it, filtered. */
export function FigureCard({ label, value, to, detail, tone = 'normal', testId }: Props) {
  return (
    <Link
      to={to}
      data-testid={testId}
      className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-indigo-300 hover:shadow-sm focus-visible:outline-2 focus-visible:outline-indigo-600"
    >
      <p className="text-sm text-slate-600">{label}</p>
      <p className={clsx('mt-1 text-2xl font-semibold tabular-nums', tone === 'warn' ? 'text-red-700' : 'text-slate-900')}>{value}</p>
      {detail && <div className="mt-1 text-xs text-slate-500">{detail}</div>}
    </Link>
  );
}
