import clsx from 'clsx';
import type { ReactNode } from 'react';

type AlertProps = { tone?: 'error' | 'info' | 'success' | 'warning'; title?: string; children?: ReactNode; action?: ReactNode };

const tones = {
  error: 'border-red-200 bg-red-50 text-red-800',
  info: 'border-blue-200 bg-blue-50 text-blue-800',
  success: 'border-green-200 bg-green-50 text-green-800',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
};

/** Errors interrupt (role=alert); everything else waits its turn (role=status). */
export function Alert({ tone = 'info', title, children, action }: AlertProps) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={clsx('flex items-start gap-3 rounded-md border px-4 py-3 text-sm', tones[tone])}>
      <div className="flex-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className={clsx(title && 'mt-1')}>{children}</div>}
      </div>
      {action}
    </div>
  );
}
