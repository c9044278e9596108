import { useTranslation } from 'react-i18next';
import type { ImportStatus } from '../api';

/** A determinate progress bar (bytes read of the file), announced to screen readers through aria-valuenow. */
export function ImportProgress({ status, progress }: { status: ImportStatus; progress: number }) {
  const { t } = useTranslation();
  const percent = status === 'succeeded' ? 100 : Math.round(progress * 100);
  return (
    <div>
      <div className="mb-1 flex justify-between text-sm text-slate-600">
        <span>{t(`imports.status.${status}`)}</span>
        <span>{percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-label={t('imports.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2.5 overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className={status === 'failed' ? 'h-full bg-red-500' : status === 'succeeded' ? 'h-full bg-green-500' : 'h-full bg-indigo-500 transition-[width]'}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
