import { useTranslation } from 'react-i18next';
import { fieldErrors, isApiError } from './api';
import { useErrorMessage } from './error-message';

/**
 * Splits a failed submission into messages under the fields the server's details name,
 * and one message for the form when no field is named.
 */
export function useFormErrors<F extends string>(error: unknown, fields: readonly F[]) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const byField = fieldErrors(error);
  const duplicate = isApiError(error) && error.code === 'duplicate';
  const matched = fields.some((field) => field in byField);

  return {
    fieldError: (field: F): string | undefined => {
      const message = byField[field];
      if (message === undefined) return undefined;
      return duplicate ? t('errors.duplicate_field') : message;
    },
    formError: error && !matched ? errorMessage(error) : undefined,
  };
}
