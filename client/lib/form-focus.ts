import { useEffect, useRef, useState } from 'react';

/**
 * Moves focus to the form's first control marked invalid (Field sets aria-invalid), unless focus is already
 * on an invalid control of it (someone correcting a field keeps typing there); it is scrolled into view.
 */
export function focusFirstInvalid(form: HTMLElement | null): void {
  if (!form) return;
  const active = document.activeElement;
  if (active instanceof HTMLElement && form.contains(active) && active.getAttribute('aria-invalid') === 'true') return;
  const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!first) return;
  first.focus();
  first.scrollIntoView({ block: 'center' });
}

/**
 * For a form's submit: `attempted()` after checking, and once the messages are drawn, focus goes to the first
 * invalid control of the form behind `formRef`.
 */
export function useFocusOnAttempt() {
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) focusFirstInvalid(formRef.current);
  }, [attempt]);
  return { formRef, attempted: () => setAttempt((n) => n + 1) };
}
