import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { useSettings } from '../api';
import { SettingsForm } from './SettingsForm';

/** Agency-wide settings; everyone may read them, only an admin may change them. */
export function SettingsPage({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <section className="max-w-xl">
      <PageHeader title={t('settings.title')} description={t('settings.description')} actions={canEdit ? undefined : <Badge>{t('settings.readOnly')}</Badge>} />
      {settings.isPending ? (
        <Spinner />
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} canEdit={canEdit} />
      )}
    </section>
  );
}
