import { createBrowserRouter } from 'react-router';
import { paths } from '../lib/paths';
import { AppLayout } from './layout/AppLayout';
import { AuditLogRoute } from './routes/audit-log';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { SettingsRoute } from './routes/settings';
import { SignInRoute } from './routes/sign-in';
import { TokensRoute } from './routes/tokens';
import { UsersRoute } from './routes/users';

export const router = createBrowserRouter([
  { path: paths.signIn, element: <SignInRoute />, errorElement: <RouteError /> },
  {
    path: paths.home,
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: paths.users, element: <UsersRoute /> },
      { path: paths.tokens, element: <TokensRoute /> },
      { path: paths.auditLog, element: <AuditLogRoute /> },
      { path: paths.settings, element: <SettingsRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
