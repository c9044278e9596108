import clsx from 'clsx';
import { useTranslation } from 'react-i18next';

function Circle({ className }: { className?: string }) {
  return (
    <svg className={clsx('size-4 animate-spin', className)} viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="4" className="opacity-25" />
      <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}

/** A loading indicator that screen readers announce; `inline` is the silent one inside a busy button. */
export function Spinner({ inline = false, label }: { inline?: boolean; label?: string }) {
  const { t } = useTranslation();
  if (inline) return <Circle />;
  return (
    <div role="status" className="flex items-center gap-2 py-6 text-sm text-slate-500">
      <Circle className="text-slate-400" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
