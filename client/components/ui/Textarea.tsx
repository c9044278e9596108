import clsx from 'clsx';
import type { TextareaHTMLAttributes } from 'react';
import { controlClass } from './Input';

export function Textarea({ className, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea rows={3} className={clsx(controlClass, 'h-auto', className)} {...rest} />;
}
