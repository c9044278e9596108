import clsx from 'clsx';
import { useTranslation } from 'react-i18next';
import { diffRecords, displayValue, type Change } from '../diff';

const rowTones: Record<Change, string> = { added: 'bg-green-50', removed: 'bg-red-50', changed: 'bg-amber-50', same: 'text-slate-500' };

/** Before and after, field by field; the change is written out, not only coloured. */
export function AuditDiff({ id, before, after }: { id: string; before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = diffRecords(before, after);
  if (rows.length === 0) {
    return (
      <p id={id} className="text-sm text-slate-500">
        {t('audit.noChanges')}
      </p>
    );
  }
  return (
    <table id={id} className="w-full table-fixed text-xs">
      <caption className="sr-only">{t('audit.diffCaption')}</caption>
      <thead>
        <tr className="text-left text-slate-600">
          <th scope="col" className="w-40 py-1 pr-3">{t('audit.fields.field')}</th>
          <th scope="col" className="w-20 py-1 pr-3">{t('audit.fields.change')}</th>
          <th scope="col" className="py-1 pr-3">{t('audit.fields.before')}</th>
          <th scope="col" className="py-1">{t('audit.fields.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={clsx('border-t border-slate-200', rowTones[row.change])}>
            <th scope="row" className="py-1 pr-3 text-left font-mono font-medium">{row.field}</th>
            <td className="py-1 pr-3">{t(`audit.changes.${row.change}`)}</td>
            <td className="py-1 pr-3"><pre className="font-mono whitespace-pre-wrap break-all">{displayValue(row.before)}</pre></td>
            <td className="py-1"><pre className="font-mono whitespace-pre-wrap break-all">{displayValue(row.after)}</pre></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
