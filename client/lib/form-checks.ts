import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnAttempt } from './form-focus';
import { parsePercent, parseYuan } from './units';

// What the browser can check before asking the server (issue 17 item 4): pure checks that name a message,
// and a hook that keeps the problems found on submit, shows them beside their fields and focuses the first.

export type FormProblem =
  | { key: 'form.required' }
  | { key: 'form.tooLong'; max: number }
  | { key: 'form.range'; min: number; max: number }
  | { key: 'form.dateOrder' }
  | { key: 'form.dueOrder' }
  | { key: 'form.timeOrder' }
  | { key: 'form.tooShort'; min: number }
  | { key: 'form.email' }
  | { key: 'form.yuan' }
  | { key: 'form.positive' }
  | { key: 'form.notNegative' }
  | { key: 'form.percent' };

export type Problems<F extends string> = Partial<Record<F, FormProblem>>;

export const required = (text: string): FormProblem | null => (text.trim() === '' ? { key: 'form.required' } : null);

export const maxLength = (text: string, max: number): FormProblem | null => (text.trim().length > max ? { key: 'form.tooLong', max } : null);

/** At least min characters, as typed (a password's spaces count); '' is for `required` to say. */
export const minLength = (text: string, min: number): FormProblem | null => (text !== '' && text.length < min ? { key: 'form.tooShort', min } : null);

/** Something@somewhere.tld: what the browser can tell of an email address ('' is for `required`). */
export const email = (text: string): FormProblem | null => (text.trim() === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim()) ? null : { key: 'form.email' });

/** An amount in yuan (at most two decimals) above zero ('' is for `required`). */
export function positiveYuan(text: string): FormProblem | null {
  const amount = parseYuan(text);
  if (!amount.ok) return { key: 'form.yuan' };
  return amount.value !== null && amount.value <= 0 ? { key: 'form.positive' } : null;
}

/** An amount in yuan (at most two decimals), 0 or more ('' is for `required`, or means none). */
export function yuanNotNegative(text: string): FormProblem | null {
  const amount = parseYuan(text);
  if (!amount.ok) return { key: 'form.yuan' };
  return amount.value !== null && amount.value < 0 ? { key: 'form.notNegative' } : null;
}

/** A percentage such as 20, 12.5 or 12.5% ('' is for `required`, or means none). */
export const percent = (text: string): FormProblem | null => (parsePercent(text).ok ? null : { key: 'form.percent' });

/** A whole number from min to max, typed as text ('' is for `required` to say). */
export function wholeInRange(text: string, min: number, max: number): FormProblem | null {
  if (text.trim() === '') return null;
  const value = Number(text.trim());
  return /^-?\d+$/.test(text.trim()) && value >= min && value <= max ? null : { key: 'form.range', min, max };
}

/**
 * A later date is not before an earlier one (ISO dates compare as text). The message names the pair: by default a
 * span's end date and its start date; `form.dueOrder` a due date and its invoice date.
 */
export const notBefore = (earlier: string, later: string, key: 'form.dateOrder' | 'form.dueOrder' = 'form.dateOrder'): FormProblem | null =>
  earlier && later && later < earlier ? { key } : null;

/** A span's end time after its start, as the server requires of a session's times (local date-times compare as text). */
export const endsAfter = (start: string, end: string): FormProblem | null => (start && end && end <= start ? { key: 'form.timeOrder' } : null);

/** The first problem of each field's checks. */
export function firstProblems<F extends string>(checks: Record<F, (FormProblem | null)[]>): Problems<F> {
  const found: Problems<F> = {};
  for (const field of Object.keys(checks) as F[]) {
    const problem = checks[field].find((p) => p !== null);
    if (problem) found[field] = problem;
  }
  return found;
}

/**
 * The problems found on the last submit: `passes(found)` keeps them (true when there are none) and focuses the
 * first invalid field; `clear(field)` drops a field's once it is changed; `message(field)` is its words.
 */
export function useFormChecks<F extends string>() {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<Problems<F>>({});
  const { formRef, attempted } = useFocusOnAttempt();
  return {
    formRef,
    passes(found: Problems<F>): boolean {
      setProblems(found);
      attempted();
      return Object.keys(found).length === 0;
    },
    clear(fields: readonly string[]): void {
      setProblems((p) => (fields.some((f) => f in p) ? Object.fromEntries(Object.entries(p).filter(([f]) => !fields.includes(f))) as Problems<F> : p));
    },
    message(field: string): string | undefined {
      const problem: FormProblem | undefined = problems[field as F];
      return problem ? t(problem.key, problem) : undefined;
    },
  };
}
