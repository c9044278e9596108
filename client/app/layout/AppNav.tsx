import clsx from 'clsx';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../lib/paths';
import { can, type Permission } from '../../lib/permissions';
import { isAdmin, type Role } from '../../lib/roles';
import { useStoredSet } from './nav-state';

type NavLabel = 'nav.home' | 'nav.hosts' | 'nav.contracts' | 'nav.brands' | 'nav.deals' | 'nav.compliance' | 'schedule.nav' | 'rooms.nav' | 'orders.nav' | 'imports.nav' | 'orders.ledger.nav' | 'nav.reconciliation' | 'nav.settlement' | 'nav.costs' | 'nav.periods' | 'nav.reports' | 'nav.users' | 'nav.tokens' | 'nav.auditLog' | 'nav.settings';
/**
 * Who sees a link: everyone, admins only, or the roles a permission names (SPEC section 11).
 * `also`: other pages that belong to it (a statement is read from 结算), so it stays highlighted there.
 */
type NavItem = { to: string; label: NavLabel; shownTo: 'everyone' | 'admin' | Permission; also?: string[] };
type NavGroup = { key: 'roster' | 'schedule' | 'money' | 'admin'; label: `nav.groups.${'roster' | 'schedule' | 'money' | 'admin'}`; items: NavItem[] };

const home: NavItem = { to: paths.home, label: 'nav.home', shownTo: 'everyone' };

// Grouped by the job a page serves, in the order people do that job.
const groups: NavGroup[] = [
  {
    key: 'roster',
    label: 'nav.groups.roster',
    items: [
      { to: paths.hosts, label: 'nav.hosts', shownTo: 'everyone' },
      { to: paths.contracts, label: 'nav.contracts', shownTo: 'contracts.read' },
      { to: paths.brands, label: 'nav.brands', shownTo: 'brands.read' },
      { to: paths.deals, label: 'nav.deals', shownTo: 'brands.read' },
      { to: paths.compliance, label: 'nav.compliance', shownTo: 'everyone' },
    ],
  },
  {
    key: 'schedule',
    label: 'nav.groups.schedule',
    items: [
      { to: paths.schedule, label: 'schedule.nav', shownTo: 'everyone' },
      { to: paths.rooms, label: 'rooms.nav', shownTo: 'everyone' },
    ],
  },
  {
    key: 'money',
    label: 'nav.groups.money',
    items: [
      { to: paths.imports, label: 'imports.nav', shownTo: 'orders.read' },
      { to: paths.orders, label: 'orders.nav', shownTo: 'orders.read' },
      { to: paths.ledger, label: 'orders.ledger.nav', shownTo: 'orders.read' },
      { to: paths.reconciliation, label: 'nav.reconciliation', shownTo: 'reconciliation.read' },
      { to: paths.settlement, label: 'nav.settlement', shownTo: 'statements.read', also: ['/statements'] },
      { to: paths.costs, label: 'nav.costs', shownTo: 'costs.read' },
      { to: paths.periods, label: 'nav.periods', shownTo: 'periods.read' },
      { to: paths.reports, label: 'nav.reports', shownTo: 'reports.read' },
    ],
  },
  {
    key: 'admin',
    label: 'nav.groups.admin',
    items: [
      { to: paths.users, label: 'nav.users', shownTo: 'admin' },
      { to: paths.tokens, label: 'nav.tokens', shownTo: 'admin' },
      { to: paths.settings, label: 'nav.settings', shownTo: 'everyone' },
      { to: paths.auditLog, label: 'nav.auditLog', shownTo: 'admin' },
    ],
  },
];

function shown(item: NavItem, role: Role): boolean {
  if (item.shownTo === 'everyone') return true;
  if (item.shownTo === 'admin') return isAdmin(role);
  return can(role, item.shownTo);
}

const under = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

function isCurrent(item: NavItem, pathname: string): boolean {
  if (item.to === paths.home) return pathname === paths.home;
  return [item.to, ...(item.also ?? [])].some((base) => under(pathname, base));
}

/**
 * The sidebar's links, grouped by job; a role sees only what it may use (the pages themselves still refuse, and so
 * does the server). A group folds away, except for the current page's link, which stays in sight and highlighted.
 */
export function AppNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [folded, setFolded] = useStoredSet('mcn-desk.nav.folded');
  const visible = groups.map((group) => ({ ...group, items: group.items.filter((item) => shown(item, role)) })).filter((group) => group.items.length > 0);

  return (
    <nav aria-label={t('nav.label')} className="space-y-3 px-3 py-3 text-sm">
      <NavLinkItem item={home} current={isCurrent(home, pathname)} />
      {visible.map((group) => {
        const open = !folded.has(group.key);
        const listId = `nav-group-${group.key}`;
        const items = open ? group.items : group.items.filter((item) => isCurrent(item, pathname));
        return (
          <div key={group.key}>
            <button
              type="button"
              aria-expanded={open}
              aria-controls={listId}
              onClick={() => setFolded(group.key, open)}
              className="flex w-full items-center justify-between rounded-md px-2 py-1 text-xs font-semibold tracking-wide text-slate-500 uppercase hover:bg-slate-100 hover:text-slate-700"
            >
              {t(group.label)}
              <Chevron open={open} />
            </button>
            <ul id={listId} className="mt-1 space-y-0.5">
              {items.map((item) => (
                <li key={item.to}>
                  <NavLinkItem item={item} current={isCurrent(item, pathname)} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

function NavLinkItem({ item, current }: { item: NavItem; current: boolean }) {
  const { t } = useTranslation();
  return (
    <Link
      to={item.to}
      aria-current={current ? 'page' : undefined}
      className={clsx(
        'block truncate rounded-md border-l-2 px-2 py-1 font-medium',
        current ? 'border-indigo-600 bg-indigo-50 text-indigo-700' : 'border-transparent text-slate-700 hover:bg-slate-100 hover:text-slate-900',
      )}
    >
      {t(item.label)}
    </Link>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className={clsx('size-4 transition-transform', open ? 'rotate-0' : '-rotate-90')} fill="currentColor">
      <path fillRule="evenodd" d="M5.23 7.21a.75.75 0 0 1 1.06.02L10 11.06l3.71-3.83a.75.75 0 1 1 1.08 1.04l-4.25 4.39a.75.75 0 0 1-1.08 0L5.21 8.27a.75.75 0 0 1 .02-1.06Z" clipRule="evenodd" />
    </svg>
  );
}
