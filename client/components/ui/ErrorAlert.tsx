import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api';
import { useErrorMessage } from '../../lib/error-message';
import { Alert } from './Alert';
import { Button } from './Button';

/** The error state of a page or section: what went wrong, by its code, and a way to try again. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const forbidden = isApiError(error) && error.code === 'forbidden';
  return (
    <Alert
      tone="error"
      title={forbidden ? t('errors.noPermissionTitle') : t('errors.loadFailed')}
      action={onRetry && !forbidden ? <Button size="sm" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    >
      {message(error)}
    </Alert>
  );
}
