import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { useToast } from '../../../components/ui/Toast';
import { paths } from '../../../lib/paths';
import { useHost, useUpdateHost } from '../api';
import { hostToForm, patchInput } from '../host-form';
import { HostForm } from './HostForm';

export function HostEdit({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const host = useHost(id);
  const update = useUpdateHost(id);

  if (host.isPending) return <Spinner />;
  if (host.isError) return <ErrorAlert error={host.error} onRetry={() => void host.refetch()} />;
  const done = () => void navigate(paths.host(id));
  return (
    <section>
      <PageHeader title={t('hosts.editTitle', { name: host.data.stageName })} />
      <HostForm
        host={host.data}
        initial={hostToForm(host.data)}
        pending={update.isPending}
        error={update.error}
        submitLabel={t('common.save')}
        onCancel={done}
        onSubmit={(form) => {
          const patch = patchInput(form, host.data);
          if (Object.keys(patch).length === 0) return done();
          update.mutate(patch, {
            onSuccess: (saved) => {
              toast.show(t('hosts.updated', { name: saved.stageName }));
              done();
            },
          });
        }}
      />
    </section>
  );
}
