import clsx from 'clsx';
import type { SelectHTMLAttributes } from 'react';
import { controlClass } from './Input';

export type SelectOption = { value: string; label: string };

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { options: readonly SelectOption[]; placeholder?: string };

/** A native select; `placeholder` adds a first option with the empty value (e.g. "all"). */
export function Select({ options, placeholder, className, ...rest }: SelectProps) {
  return (
    <select className={clsx(controlClass, 'pr-8', className)} {...rest}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
