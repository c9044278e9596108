import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type DialogProps = { open: boolean; onClose: () => void; title: string; description?: string; wide?: boolean; children: ReactNode };

const FOCUS_FIRST = '[data-autofocus], input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * A modal on the native <dialog>: role=dialog, focus trapped by the browser and given back on close, Esc closes.
 * The content mounts only while open, so every opening starts from a clean form. Taller than the window, it scrolls
 * inside itself with its title and its actions (DialogActions) kept in sight.
 */
export function Dialog({ open, onClose, title, description, wide = false, children }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>(FOCUS_FIRST) ?? dialog.querySelector<HTMLElement>('button');
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`m-auto max-h-[calc(100dvh-2rem)] w-full overflow-y-auto overscroll-contain ${wide ? 'max-w-3xl' : 'max-w-lg'} rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      {open && (
        <div className="px-6 pb-6">
          <div className="sticky top-0 z-10 -mx-6 mb-4 flex items-start justify-between gap-4 bg-white px-6 pt-6 pb-2">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <button type="button" onClick={onClose} className="rounded p-1 text-slate-500 hover:bg-slate-100" aria-label={t('common.close')}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {description && (
            <p id={descriptionId} className="mb-4 text-sm text-slate-600">
              {description}
            </p>
          )}
          {children}
        </div>
      )}
    </dialog>
  );
}

/**
 * The row of buttons at the foot of a dialog. A dialog taller than the window scrolls inside itself (a long form on a
 * 720 or 900 px screen), and this row stays pinned to its foot, so the buttons are never cut off.
 */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="sticky bottom-0 z-10 -mx-6 -mb-6 mt-6 flex justify-end gap-3 border-t border-slate-100 bg-white px-6 py-4">{children}</div>;
}
