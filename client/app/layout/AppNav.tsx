import clsx from 'clsx';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../lib/paths';
import { isAdmin, type Role } from '../../lib/roles';

type NavItem = { to: string; label: 'nav.home' | 'nav.users' | 'nav.tokens' | 'nav.auditLog' | 'nav.settings'; adminOnly: boolean };

const items: NavItem[] = [
  { to: paths.home, label: 'nav.home', adminOnly: false },
  { to: paths.users, label: 'nav.users', adminOnly: true },
  { to: paths.tokens, label: 'nav.tokens', adminOnly: true },
  { to: paths.auditLog, label: 'nav.auditLog', adminOnly: true },
  { to: paths.settings, label: 'nav.settings', adminOnly: false },
];

/** Links a role cannot use are not shown; the pages themselves still refuse (and so does the server). */
export function AppNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="flex flex-wrap gap-1">
        {items
          .filter((item) => !item.adminOnly || isAdmin(role))
          .map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.to === paths.home}
                className={({ isActive }) =>
                  clsx('block rounded-md px-3 py-1.5 text-sm font-medium', isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-600 hover:bg-slate-100')
                }
              >
                {t(item.label)}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
