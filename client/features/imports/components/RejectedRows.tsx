import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Table } from '../../../components/ui/Table';
import type { Import } from '../api';
import { downloadText, rejectedRowsCsv } from '../rejected-csv';

type Rejected = Import['errors'][number];

/** The rows the import refused, by row number, with a CSV of them built in the browser. */
export function RejectedRows({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const header: [string, string] = [t('imports.rejectedRow'), t('imports.rejectedReason')];

  function download() {
    const base = imp.fileName.replace(/\.[^.]+$/, '');
    downloadText(`${base}-rejected.csv`, rejectedRowsCsv(header, imp.errors));
  }

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-3">
        <h3 className="font-semibold text-slate-900">{t('imports.rejectedTitle')}</h3>
        <Button size="sm" onClick={download}>{t('imports.downloadRejected')}</Button>
      </div>
      {imp.rejected > imp.errors.length && (
        <p className="mb-2 text-sm text-slate-600">{t('imports.rejectedFirst', { shown: imp.errors.length, total: imp.rejected })}</p>
      )}
      <Table<Rejected>
        caption={t('imports.rejectedTitle')}
        columns={[
          { key: 'row', header: header[0], cell: (r) => r.row, className: 'w-24 tabular-nums' },
          { key: 'message', header: header[1], cell: (r) => r.message },
        ]}
        rows={imp.errors}
        rowKey={(r) => r.row}
        emptyMessage=""
      />
    </div>
  );
}
