import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { useRevokeToken, type ApiToken } from '../tokens-api';

/** Revoking cannot be undone: a script using the token stops working at once. */
export function ApiTokenRevokeDialog({ token, onClose }: { token: ApiToken | null; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const revoke = useRevokeToken();

  function close() {
    revoke.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={token !== null}
      title={t('tokens.revokeTitle')}
      message={t('tokens.revokeMessage', { name: token?.name ?? '' })}
      confirmLabel={t('tokens.revoke')}
      pending={revoke.isPending}
      error={revoke.error ? errorMessage(revoke.error) : undefined}
      onCancel={close}
      onConfirm={() => {
        if (!token) return;
        revoke.mutate(token.id, {
          onSuccess: () => {
            toast.show(t('tokens.revoked', { name: token.name }));
            close();
          },
        });
      }}
    />
  );
}
