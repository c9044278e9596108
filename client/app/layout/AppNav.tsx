import clsx from 'clsx';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../lib/paths';
import { can, type Permission } from '../../lib/permissions';
import { isAdmin, type Role } from '../../lib/roles';

type NavLabel = 'nav.home' | 'nav.hosts' | 'nav.contracts' | 'nav.brands' | 'nav.deals' | 'nav.compliance' | 'schedule.nav' | 'rooms.nav' | 'orders.nav' | 'imports.nav' | 'orders.ledger.nav' | 'nav.reconciliation' | 'nav.settlement' | 'nav.costs' | 'nav.periods' | 'nav.users' | 'nav.tokens' | 'nav.auditLog' | 'nav.settings';
/** Who sees a link: everyone, admins only, or the roles a permission names (SPEC section 11). */
type NavItem = { to: string; label: NavLabel; shownTo: 'everyone' | 'admin' | Permission };

const items: NavItem[] = [
  { to: paths.home, label: 'nav.home', shownTo: 'everyone' },
  { to: paths.hosts, label: 'nav.hosts', shownTo: 'everyone' },
  { to: paths.contracts, label: 'nav.contracts', shownTo: 'contracts.read' },
  { to: paths.brands, label: 'nav.brands', shownTo: 'brands.read' },
  { to: paths.deals, label: 'nav.deals', shownTo: 'brands.read' },
  { to: paths.compliance, label: 'nav.compliance', shownTo: 'everyone' },
  { to: paths.schedule, label: 'schedule.nav', shownTo: 'everyone' },
  { to: paths.rooms, label: 'rooms.nav', shownTo: 'everyone' },
  { to: paths.orders, label: 'orders.nav', shownTo: 'orders.read' },
  { to: paths.imports, label: 'imports.nav', shownTo: 'orders.read' },
  { to: paths.ledger, label: 'orders.ledger.nav', shownTo: 'orders.read' },
  { to: paths.reconciliation, label: 'nav.reconciliation', shownTo: 'reconciliation.read' },
  { to: paths.settlement, label: 'nav.settlement', shownTo: 'statements.read' },
  { to: paths.costs, label: 'nav.costs', shownTo: 'costs.read' },
  { to: paths.periods, label: 'nav.periods', shownTo: 'periods.read' },
  { to: paths.users, label: 'nav.users', shownTo: 'admin' },
  { to: paths.tokens, label: 'nav.tokens', shownTo: 'admin' },
  { to: paths.auditLog, label: 'nav.auditLog', shownTo: 'admin' },
  { to: paths.settings, label: 'nav.settings', shownTo: 'everyone' },
];

function shown(item: NavItem, role: Role): boolean {
  if (item.shownTo === 'everyone') return true;
  if (item.shownTo === 'admin') return isAdmin(role);
  return can(role, item.shownTo);
}

/** Links a role cannot use are not shown; the pages themselves still refuse (and so does the server). */
export function AppNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')}>
      <ul className="flex flex-wrap gap-0.5">
        {items
          .filter((item) => shown(item, role))
          .map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.to === paths.home}
                className={({ isActive }) =>
                  clsx('block rounded-md px-2 py-1.5 text-sm font-medium', isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-600 hover:bg-slate-100')
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
