import type { InputHTMLAttributes } from 'react';

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: string; hint?: string };

/** A checkbox with its label beside it (the whole line is clickable). */
export function Checkbox({ label, hint, className, ...rest }: CheckboxProps) {
  return (
    <label className={className ?? 'flex items-start gap-2 text-sm text-slate-700'}>
      <input type="checkbox" className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600" {...rest} />
      <span>
        {label}
        {hint && <span className="block text-xs text-slate-500">{hint}</span>}
      </span>
    </label>
  );
}
