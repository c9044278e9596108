import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/Alert';
import { Button } from '../../components/ui/Button';

/** The last resort when a page fails to render: say so and offer a reload, instead of a blank screen. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main className="mx-auto max-w-lg py-16">
      <Alert tone="error" title={t('errors.crashTitle')} action={<Button size="sm" onClick={() => window.location.reload()}>{t('common.reload')}</Button>}>
        {t('errors.crashBody')}
      </Alert>
    </main>
  );
}
