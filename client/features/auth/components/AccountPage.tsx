import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../components/ui/DetailList';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useRoleLabel } from '../../../lib/role-label';
import type { CurrentUser } from '../api';
import { LanguagePreferenceForm } from './LanguagePreferenceForm';
import { PasswordChangeForm } from './PasswordChangeForm';

/** One's own account: who they are, their password, their language. Every signed-in role has it. */
export function AccountPage({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <section className="max-w-xl space-y-6">
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <DetailList rows={[[t('account.fields.name'), user.name], [t('account.fields.email'), user.email], [t('account.fields.role'), roleLabel(user.role)]]} />
      <PasswordChangeForm />
      <LanguagePreferenceForm />
    </section>
  );
}
