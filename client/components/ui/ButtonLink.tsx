import clsx from 'clsx';
import type { ComponentProps } from 'react';
import { Link } from 'react-router';

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: 'primary' | 'secondary'; size?: 'sm' | 'md' };

/** A link (it goes to a page) that looks like a button. */
export function ButtonLink({ variant = 'secondary', size = 'md', className, ...rest }: ButtonLinkProps) {
  return (
    <Link
      className={clsx(
        'inline-flex items-center justify-center rounded-md font-medium shadow-xs focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600',
        size === 'sm' ? 'h-7 px-2.5 text-xs' : 'h-10 px-3.5 text-sm',
        variant === 'primary' ? 'bg-indigo-600 text-white hover:bg-indigo-700' : 'bg-white text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50',
        className,
      )}
      {...rest}
    />
  );
}
