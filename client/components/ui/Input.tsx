import clsx from 'clsx';
import type { InputHTMLAttributes, Ref } from 'react';

export const controlClass = clsx(
  'block h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs',
  'placeholder:text-slate-400 focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500/40',
  'disabled:bg-slate-100 disabled:text-slate-500 aria-invalid:border-red-500',
);

export function Input({ className, ref, ...rest }: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return <input ref={ref} className={clsx(controlClass, className)} {...rest} />;
}
