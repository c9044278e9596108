import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import { useSavePreferredLanguage, type CurrentUser } from '../../features/auth/api';
import { useToast } from '../../components/ui/Toast';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useRoleLabel } from '../../lib/role-label';
import { AppNav } from './AppNav';
import { SignOutButton } from './SignOutButton';

export function AppHeader({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const saveLanguage = useSavePreferredLanguage();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-6 py-3">
        <Link to={paths.home} className="text-lg font-semibold text-indigo-700">
          MCN Desk
        </Link>
        <AppNav role={user.role} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <Link to={paths.account} title={t('account.title')} className="rounded-md px-1 text-slate-700 hover:bg-slate-100" data-testid="current-user">
            {user.name} <span className="text-slate-500">· {roleLabel(user.role)}</span>
          </Link>
          <LanguageSwitch onSwitch={(language) => saveLanguage.mutate(language, { onError: (error) => toast.show(errorMessage(error), 'error') })} />
          <SignOutButton />
        </div>
      </div>
      <p className="sr-only">{t('nav.signedInAs', { name: user.name })}</p>
    </header>
  );
}
