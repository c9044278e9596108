import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import type { CurrentUser } from '../../features/auth/api';
import { paths } from '../../lib/paths';
import { useRoleLabel } from '../../lib/role-label';
import { AppNav } from './AppNav';
import { SignOutButton } from './SignOutButton';

export function AppHeader({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-8 gap-y-2 px-6 py-3">
        <Link to={paths.home} className="text-lg font-semibold text-indigo-700">
          MCN Desk
        </Link>
        <AppNav role={user.role} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="text-slate-700" data-testid="current-user">
            {user.name} <span className="text-slate-500">· {roleLabel(user.role)}</span>
          </span>
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </div>
      <p className="sr-only">{t('nav.signedInAs', { name: user.name })}</p>
    </header>
  );
}
