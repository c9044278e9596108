import clsx from 'clsx';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Tone = 'success' | 'error' | 'info';
type Toast = { id: number; message: string; tone: Tone };
type ShowToast = (message: string, tone?: Tone) => void;

const ToastContext = createContext<ShowToast>(() => {});
const SHOWN_FOR_MS = 5000;
const AT_MOST = 3;

/** Short notices after an action ("User created"), announced politely and gone after a few seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const show = useCallback<ShowToast>(
    (message, tone = 'success') => {
      const id = nextId.current++;
      setToasts((all) => [...all, { id, message, tone }].slice(-AT_MOST));
      setTimeout(() => dismiss(id), SHOWN_FOR_MS);
    },
    [dismiss],
  );

  return (
    <ToastContext value={show}>
      {children}
      <div role="status" aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex w-80 flex-col gap-2">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={clsx(
              'pointer-events-auto flex items-start gap-3 rounded-md px-4 py-3 text-sm shadow-lg ring-1',
              toast.tone === 'error' ? 'bg-red-50 text-red-800 ring-red-200' : toast.tone === 'info' ? 'bg-white text-slate-800 ring-slate-200' : 'bg-green-50 text-green-800 ring-green-200',
            )}
          >
            <p className="flex-1">{toast.message}</p>
            <button type="button" onClick={() => dismiss(toast.id)} aria-label={t('common.dismiss')} className="text-current opacity-60 hover:opacity-100">
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}

export function useToast(): { show: ShowToast } {
  const show = useContext(ToastContext);
  return useMemo(() => ({ show }), [show]);
}
