import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { useArchiveHost, type Host } from '../api';

/** Archiving hides a host from the roster; their history (contracts, orders, statements) stays. */
export function HostArchiveDialog({ host, onClose }: { host: Host | null; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const archive = useArchiveHost(host?.id ?? 0);

  function close() {
    archive.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={host !== null}
      title={t('hosts.archiveTitle')}
      message={t('hosts.archiveMessage', { name: host?.stageName ?? '' })}
      confirmLabel={t('hosts.archive')}
      pending={archive.isPending}
      error={archive.error ? errorMessage(archive.error) : undefined}
      onCancel={close}
      onConfirm={() =>
        archive.mutate(undefined, {
          onSuccess: (h) => {
            toast.show(t('hosts.archivedToast', { name: h.stageName }));
            close();
          },
        })
      }
    />
  );
}
