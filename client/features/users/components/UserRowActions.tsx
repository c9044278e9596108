import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/Button';
import { useToast } from '../../../components/ui/Toast';
import { useErrorMessage } from '../../../lib/error-message';
import { paths } from '../../../lib/paths';
import { useUpdateUser, type User } from '../api';

export type UserAction = 'edit' | 'password' | 'deactivate';

/** A row's buttons; each name carries the email, so "编辑 alice@…" is unique on the page. */
export function UserRowActions({ user, onAction }: { user: User; onAction: (action: UserAction) => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdateUser();

  function activate() {
    update.mutate(
      { id: user.id, active: true },
      { onSuccess: () => toast.show(t('users.activated', { email: user.email })), onError: (error) => toast.show(errorMessage(error), 'error') },
    );
  }

  return (
    <div className="flex flex-wrap gap-1.5">
      <Button size="sm" aria-label={t('users.editUser', { email: user.email })} onClick={() => onAction('edit')}>
        {t('common.edit')}
      </Button>
      <Button size="sm" aria-label={t('users.resetPasswordOf', { email: user.email })} onClick={() => onAction('password')}>
        {t('users.resetPassword')}
      </Button>
      {user.active ? (
        <Button size="sm" variant="ghost" className="text-red-700" aria-label={t('users.deactivateUser', { email: user.email })} onClick={() => onAction('deactivate')}>
          {t('users.deactivate')}
        </Button>
      ) : (
        <Button size="sm" variant="ghost" pending={update.isPending} aria-label={t('users.activateUser', { email: user.email })} onClick={activate}>
          {t('users.activate')}
        </Button>
      )}
      <Link
        to={paths.tokensOfUser(user.id)}
        aria-label={t('users.tokensOf', { email: user.email })}
        className="rounded-md px-2.5 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50"
      >
        {t('users.tokens')}
      </Link>
    </div>
  );
}
