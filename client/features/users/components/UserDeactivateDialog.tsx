import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { useUpdateUser, type User } from '../api';

/** Deactivation keeps the account and its history (the audit log names it); it only stops sign-in. */
export function UserDeactivateDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdateUser();

  function close() {
    update.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={user !== null}
      title={t('users.deactivateTitle')}
      message={t('users.deactivateMessage', { email: user?.email ?? '' })}
      confirmLabel={t('users.deactivate')}
      pending={update.isPending}
      error={update.error ? errorMessage(update.error) : undefined}
      onCancel={close}
      onConfirm={() => {
        if (!user) return;
        update.mutate(
          { id: user.id, active: false },
          {
            onSuccess: () => {
              toast.show(t('users.deactivated', { email: user.email }));
              close();
            },
          },
        );
      }}
    />
  );
}
