import clsx from 'clsx';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import type { CurrentUser } from '../../features/auth/api';
import { useSavePreferredLanguage } from '../../features/auth/account-api';
import { useToast } from '../../components/ui/Toast';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useRoleLabel } from '../../lib/role-label';
import { SignOutButton } from './SignOutButton';

type SidebarToggle = { open: boolean; controls: string; onToggle: () => void };

/** The top bar: the sidebar's switch, the product, and who is signed in with their own controls. */
export function AppHeader({ user, sidebar }: { user: CurrentUser; sidebar: SidebarToggle }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const saveLanguage = useSavePreferredLanguage();
  return (
    <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white px-4">
      <button
        type="button"
        aria-expanded={sidebar.open}
        aria-controls={sidebar.controls}
        onClick={sidebar.onToggle}
        className="inline-flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100"
      >
        <span className="sr-only">{sidebar.open ? t('nav.hide') : t('nav.show')}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={clsx('size-5', sidebar.open ? 'text-slate-600' : 'text-indigo-600')}>
          <path fillRule="evenodd" d="M2 4.75A.75.75 0 0 1 2.75 4h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 4.75Zm0 5.25a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 10Zm0 5.25a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75a.75.75 0 0 1-.75-.75Z" clipRule="evenodd" />
        </svg>
      </button>
      <Link to={paths.home} className="text-lg font-semibold whitespace-nowrap text-indigo-700">
        MCN Desk
      </Link>
      <div className="ml-auto flex min-w-0 items-center gap-3 text-sm">
        <Link to={paths.account} title={t('account.title')} className="truncate rounded-md px-1 text-slate-700 hover:bg-slate-100" data-testid="current-user">
          {user.name} <span className="text-slate-500">· {roleLabel(user.role)}</span>
        </Link>
        <LanguageSwitch onSwitch={(language) => saveLanguage.mutate(language, { onError: (error) => toast.show(errorMessage(error), 'error') })} />
        <SignOutButton />
      </div>
      <p className="sr-only">{t('nav.signedInAs', { name: user.name })}</p>
    </header>
  );
}
