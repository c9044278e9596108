import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '../api';
import { SignInForm } from './SignInForm';

/** The page for anyone not signed in; `toolbar` carries app-wide controls such as the language switch. */
export function SignInPage({ onSignedIn, toolbar }: { onSignedIn: (user: CurrentUser) => void; toolbar?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-4 flex justify-end">{toolbar}</div>
        <div className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
          <p className="text-sm font-semibold tracking-wide text-indigo-600">MCN Desk</p>
          <h1 className="mt-1 mb-6 text-2xl font-semibold text-slate-900">{t('auth.signInTitle')}</h1>
          <SignInForm onSignedIn={onSignedIn} />
        </div>
        <p className="mt-4 text-center text-xs text-slate-500">{t('auth.signInHint')}</p>
      </div>
    </main>
  );
}
