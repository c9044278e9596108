import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { useArchiveAccount, type Account } from '../accounts-api';

/** An archived account keeps its identifiers reserved, so old orders still find their host. */
export function AccountArchiveDialog({ hostId, account, onClose }: { hostId: number; account: Account | null; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const archive = useArchiveAccount(hostId);
  const name = account?.handle ?? account?.identifiers[0] ?? '';

  function close() {
    archive.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={account !== null}
      title={t('accounts.archiveTitle')}
      message={t('accounts.archiveMessage', { name })}
      confirmLabel={t('accounts.archive')}
      pending={archive.isPending}
      error={archive.error ? errorMessage(archive.error) : undefined}
      onCancel={close}
      onConfirm={() => {
        if (!account) return;
        archive.mutate(account.id, {
          onSuccess: () => {
            toast.show(t('accounts.archivedToast', { name }));
            close();
          },
        });
      }}
    />
  );
}
