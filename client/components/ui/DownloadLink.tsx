import clsx from 'clsx';
import type { AnchorHTMLAttributes } from 'react';

/**
 * A file download that looks like a button. A plain link: the browser sends the session cookie and saves
 * the attachment the server names.
 */
export function DownloadLink({ size = 'md', className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; size?: 'sm' | 'md' }) {
  return (
    <a
      download
      className={clsx(
        'inline-flex items-center justify-center rounded-md bg-white font-medium text-slate-800 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600',
        size === 'sm' ? 'h-7 px-2.5 text-xs' : 'h-10 px-3.5 text-sm',
        className,
      )}
      {...rest}
    />
  );
}
