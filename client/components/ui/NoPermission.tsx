import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';

/** What a signed-in user sees on a page their role may not open. */
export function NoPermission() {
  const { t } = useTranslation();
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <title>{`${t('errors.noPermissionTitle')} · MCN Desk`}</title>
      <h1 className="text-2xl font-semibold text-slate-900">{t('errors.noPermissionTitle')}</h1>
      <p className="mt-3 text-slate-600">{t('errors.noPermissionBody')}</p>
      <Link to={paths.home} className="mt-6 inline-block text-sm font-medium text-indigo-600 hover:underline">
        {t('common.backHome')}
      </Link>
    </section>
  );
}
