import { useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ui/ErrorAlert';
import { Spinner } from '../../components/ui/Spinner';
import { applyPreferredLanguage, useCurrentUser, type CurrentUser } from '../../features/auth/api';
import { useSettings } from '../../features/settings/api';
import { paths } from '../../lib/paths';
import { HostTiersProvider } from '../../lib/host-tiers';
import { TimeZoneProvider } from '../../lib/time-zone';
import { ViewerProvider } from '../../lib/viewer';
import { AppHeader } from './AppHeader';
import { AppNav } from './AppNav';
import { useStoredFlag } from './nav-state';

/** Every page but sign-in: only for a signed-in user, in the agency's time zone. */
export function AppLayout() {
  return <SignedIn>{(user) => <AppFrame user={user} />}</SignedIn>;
}

const sidebarId = 'app-sidebar';

/** The top bar over a sidebar of links by job (it can be hidden, and stays so in this browser) and the page. */
function AppFrame({ user }: { user: CurrentUser }) {
  const [hidden, setHidden] = useStoredFlag('mcn-desk.sidebar.hidden');
  return (
    <div className="min-h-screen">
      <AppHeader user={user} sidebar={{ open: !hidden, controls: sidebarId, onToggle: () => setHidden(!hidden) }} />
      <div className="flex">
        <div id={sidebarId} hidden={hidden} className="sticky top-14 h-[calc(100vh-3.5rem)] w-52 shrink-0 overflow-y-auto border-r border-slate-200 bg-white">
          <AppNav role={user.role} />
        </div>
        <main className="min-w-0 flex-1 px-6 py-8">
          <div className="mx-auto max-w-7xl">
            <Outlet />
          </div>
        </main>
      </div>
    </div>
  );
}

/** A page made to be printed (a statement): signed in and in the agency's time zone, without header or navigation. */
export function PrintLayout() {
  return <SignedIn>{() => <Outlet />}</SignedIn>;
}

/** Renders its content for a signed-in user (else sends them to sign in, and back here after). */
function SignedIn({ children }: { children: (user: CurrentUser) => ReactNode }) {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) {
    return (
      <main className="flex min-h-screen items-center justify-center">
        <Spinner />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main className="mx-auto max-w-lg py-16">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
      </main>
    );
  }
  if (!me.data) return <Navigate to={paths.signInThenReturnTo(location.pathname + location.search)} replace />;
  return <SignedInProviders user={me.data}>{children(me.data)}</SignedInProviders>;
}

function SignedInProviders({ user, children }: { user: CurrentUser; children: ReactNode }) {
  // Until settings arrive (or if this role may not read them), dates show in the default zone, Asia/Shanghai.
  const settings = useSettings();
  // The language kept on the server wins over this browser's last choice, also when a session was already open.
  useEffect(() => applyPreferredLanguage(user.locale), [user.locale]);
  return (
    <TimeZoneProvider timeZone={settings.data?.timezone}>
      <HostTiersProvider tiers={settings.data?.hostTiers}>
        <ViewerProvider viewer={user}>{children}</ViewerProvider>
      </HostTiersProvider>
    </TimeZoneProvider>
  );
}
