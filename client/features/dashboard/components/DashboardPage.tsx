import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';

/** The areas of SPEC sections 8-9 still to come (the roster, scheduling and orders, sections 4-7, are built). */
const COMING = ['settlement', 'reconciliation'] as const;

/** A home page that says plainly what exists today: no made-up numbers. */
export function DashboardPage({ userName }: { userName: string }) {
  const { t } = useTranslation();
  return (
    <section className="max-w-3xl">
      <PageHeader title={t('dashboard.welcome', { name: userName })} description={t('dashboard.intro')} />
      <div className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 className="text-base font-semibold text-slate-900">{t('dashboard.comingTitle')}</h2>
        <p className="mt-1 text-sm text-slate-600">{t('dashboard.comingBody')}</p>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {COMING.map((area) => (
            <li key={area} className="rounded-md border border-dashed border-slate-300 p-3">
              <p className="text-sm font-medium text-slate-800">{t(`dashboard.coming.${area}.title`)}</p>
              <p className="mt-0.5 text-xs text-slate-500">{t(`dashboard.coming.${area}.body`)}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
