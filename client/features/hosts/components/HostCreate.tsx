import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useToast } from '../../../components/ui/Toast';
import { paths } from '../../../lib/paths';
import { useViewer } from '../../../lib/viewer';
import { useCreateHost } from '../api';
import { createInput, emptyHostForm } from '../host-form';
import { HostForm } from './HostForm';

/** A new host; an agent who adds one is their agent unless they pick another. */
export function HostCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const viewer = useViewer();
  const create = useCreateHost();
  const initial = emptyHostForm(viewer?.role === 'manager' ? String(viewer.id) : '');

  return (
    <section>
      <PageHeader title={t('hosts.createTitle')} />
      <HostForm
        initial={initial}
        pending={create.isPending}
        error={create.error}
        submitLabel={t('common.create')}
        onCancel={() => void navigate(paths.hosts)}
        onSubmit={(form) =>
          create.mutate(createInput(form), {
            onSuccess: (host) => {
              toast.show(t('hosts.created', { name: host.stageName }));
              void navigate(paths.host(host.id));
            },
          })
        }
      />
    </section>
  );
}
