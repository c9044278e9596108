import { useTranslation } from 'react-i18next';

/** A raw value as text: strings as they came (ids keep every digit), anything nested as compact JSON. */
function text(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The platform's row exactly as imported, field by field, in the platform's own field names. */
export function RawRowTable({ raw }: { raw: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(raw);
  return (
    <div>
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{t('orders.rawTitle')}</h2>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-100 text-sm">
          <caption className="sr-only">{t('orders.rawTitle')}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-4 py-2 text-left font-semibold text-slate-700">{t('orders.rawField')}</th>
              <th scope="col" className="px-4 py-2 text-left font-semibold text-slate-700">{t('orders.rawValue')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map(([key, value]) => (
              <tr key={key}>
                <th scope="row" className="w-64 px-4 py-1.5 text-left font-medium text-slate-600">{key}</th>
                <td className="px-4 py-1.5 font-mono break-all whitespace-pre-wrap text-slate-900">{text(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
