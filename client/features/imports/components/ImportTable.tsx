import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { Table, type Column } from '../../../components/ui/Table';
import { useFormatInstant } from '../../../lib/time-zone';
import type { Import } from '../api';
import { useFormatLabel } from './format-label';
import { importStatusTone } from './status-tone';

/** Earlier imports, newest first; each opens its result above. */
export function ImportTable({ imports, onOpen }: { imports: Import[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const formatLabel = useFormatLabel();
  const columns: Column<Import>[] = [
    { key: 'createdAt', header: t('imports.fields.createdAt'), cell: (i) => formatInstant(i.createdAt), className: 'whitespace-nowrap' },
    { key: 'fileName', header: t('imports.fields.fileName'), cell: (i) => i.fileName },
    { key: 'format', header: t('imports.fields.format'), cell: (i) => formatLabel(i.format) },
    { key: 'status', header: t('imports.fields.status'), cell: (i) => <Badge tone={importStatusTone[i.status]}>{t(`imports.status.${i.status}`)}</Badge> },
    { key: 'rowsRead', header: t('imports.counts.rowsRead'), cell: (i) => i.rowsRead, className: 'text-right tabular-nums' },
    { key: 'inserted', header: t('imports.counts.inserted'), cell: (i) => i.inserted, className: 'text-right tabular-nums' },
    { key: 'updated', header: t('imports.counts.updated'), cell: (i) => i.updated, className: 'text-right tabular-nums' },
    { key: 'rejected', header: t('imports.counts.rejected'), cell: (i) => i.rejected, className: 'text-right tabular-nums' },
    {
      key: 'open', header: <span className="sr-only">{t('common.actions')}</span>,
      cell: (i) => <Button size="sm" aria-label={t('imports.openImport', { name: i.fileName })} onClick={() => onOpen(i.id)}>{t('imports.open')}</Button>,
    },
  ];
  return <Table caption={t('imports.history')} columns={columns} rows={imports} rowKey={(i) => i.id} emptyMessage={t('imports.empty')} />;
}
