import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ui/ErrorAlert';
import { Spinner } from '../../components/ui/Spinner';
import { useCurrentUser, type CurrentUser } from '../../features/auth/api';
import { useSettings } from '../../features/settings/api';
import { paths } from '../../lib/paths';
import { TimeZoneProvider } from '../../lib/time-zone';
import { ViewerProvider } from '../../lib/viewer';
import { AppHeader } from './AppHeader';

/** Every page but sign-in: only for a signed-in user, in the agency's time zone. */
export function AppLayout() {
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
  return <SignedInShell user={me.data} />;
}

function SignedInShell({ user }: { user: CurrentUser }) {
  // Until settings arrive (or if this role may not read them), dates show in the default zone, Asia/Shanghai.
  const settings = useSettings();
  return (
    <TimeZoneProvider timeZone={settings.data?.timezone}>
      <ViewerProvider viewer={user}>
        <div className="min-h-screen">
          <AppHeader user={user} />
          <main className="mx-auto max-w-7xl px-6 py-8">
            <Outlet />
          </main>
        </div>
      </ViewerProvider>
    </TimeZoneProvider>
  );
}
