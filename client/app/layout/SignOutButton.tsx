import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/Button';
import { useToast } from '../../components/ui/Toast';
import { useSignOut } from '../../features/auth/api';
import { useErrorMessage } from '../../lib/error-message';

export function SignOutButton() {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const signOut = useSignOut();
  return (
    <Button size="sm" pending={signOut.isPending} onClick={() => signOut.mutate(undefined, { onError: (error) => toast.show(errorMessage(error), 'error') })}>
      {t('auth.signOut')}
    </Button>
  );
}
