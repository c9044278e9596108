import { firstProblems, notBefore, required, type Problems } from '../../lib/form-checks';

export type ContractDateField = 'startDate' | 'endDate';

/** A contract's dates, as the browser can check them: both given, the end not before the start. */
export function contractDateProblems(form: { startDate: string; endDate: string }): Problems<ContractDateField> {
  return firstProblems<ContractDateField>({
    startDate: [required(form.startDate)],
    endDate: [required(form.endDate), notBefore(form.startDate, form.endDate)],
  });
}
