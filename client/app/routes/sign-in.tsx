import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../components/ui/LanguageSwitch';
import { Spinner } from '../../components/ui/Spinner';
import { useCurrentUser } from '../../features/auth/api';
import { SignInPage } from '../../features/auth/components/SignInPage';
import { safeReturnPath } from '../../lib/paths';

export function SignInRoute() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeReturnPath(searchParams.get('next'));

  if (me.isPending) return <Spinner />;
  if (me.data) return <Navigate to={next} replace />;
  return <SignInPage toolbar={<LanguageSwitch />} onSignedIn={() => void navigate(next, { replace: true })} />;
}
