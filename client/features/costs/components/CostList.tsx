import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HostPicker } from '../../../components/pickers/HostPicker';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Select } from '../../../components/ui/Select';
import { Spinner } from '../../../components/ui/Spinner';
import { Table, type Column } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useSearchState } from '../../../lib/search-state';
import { useFormatInstant } from '../../../lib/time-zone';
import { useCosts, useHostNames, useIsPeriodClosed, type Cost } from '../api';
import { costKinds, useCostKinds, type CostKind } from '../labels';
import { CostDeleteDialog } from './CostDeleteDialog';
import { CostFormDialog } from './CostFormDialog';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Costs a contract may deduct from a host's base (投流, samples, other), by period, host and kind, with their sum. */
export function CostList({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const kinds = useCostKinds();
  const formatInstant = useFormatInstant();
  const isClosed = useIsPeriodClosed();
  const { values, page, update, setPage } = useSearchState(['period', 'hostId', 'kind'] as const);
  const kind = costKinds.includes(values.kind as CostKind) ? (values.kind as CostKind) : '';
  const period = PERIOD.test(values.period) ? values.period : '';
  const costs = useCosts({ page, period, hostId: values.hostId, kind });
  const hostName = useHostNames(costs.data?.items.map((c) => c.hostId) ?? []);
  const [editing, setEditing] = useState<Cost | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Cost | null>(null);

  const columns: Column<Cost>[] = [
    { key: 'host', header: t('costs.fields.host'), cell: (c) => <Link to={paths.host(c.hostId)} className="text-indigo-700 hover:underline">{hostName(c.hostId)}</Link>, className: 'whitespace-nowrap' },
    { key: 'period', header: t('costs.fields.period'), cell: (c) => c.period },
    { key: 'kind', header: t('costs.fields.kind'), cell: (c) => kinds.label(c.kind) },
    { key: 'amount', header: t('costs.fields.amount'), cell: (c) => formatMoney(c.amountFen), className: 'text-right tabular-nums whitespace-nowrap' },
    { key: 'note', header: t('costs.fields.note'), cell: (c) => c.note || '—' },
    { key: 'updatedAt', header: t('costs.fields.updatedAt'), cell: (c) => formatInstant(c.updatedAt), className: 'whitespace-nowrap' },
    ...(canWrite
      ? [{
          key: 'actions', header: t('common.actions'), className: 'whitespace-nowrap',
          cell: (c: Cost) => isClosed(c.period) ? <span className="text-xs text-slate-500">{t('costs.locked')}</span> : (
            <div className="flex gap-1">
              <Button size="sm" variant="ghost" onClick={() => setEditing(c)}>{t('common.edit')}</Button>
              <Button size="sm" variant="ghost" onClick={() => setDeleting(c)}>{t('costs.delete')}</Button>
            </div>
          ),
        }]
      : []),
  ];

  return (
    <section>
      <PageHeader title={t('costs.title')} description={t('costs.description')} actions={canWrite && <Button variant="primary" onClick={() => setEditing('new')}>{t('costs.new')}</Button>} />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <Field label={t('costs.fields.period')} className="w-44">
          {(c) => <Input {...c} type="month" value={period} onChange={(e) => update({ period: e.target.value })} />}
        </Field>
        <Field label={t('costs.fields.host')} className="w-56">
          {(c) => <HostPicker {...c} placeholder={t('common.all')} value={pickedId(values.hostId)} onChange={(id) => update({ hostId: idText(id) })} />}
        </Field>
        <Field label={t('costs.fields.kind')} className="w-36">
          {(c) => <Select {...c} options={kinds.options} placeholder={t('common.all')} value={kind} onChange={(e) => update({ kind: e.target.value })} />}
        </Field>
      </div>
      {costs.isPending ? (
        <Spinner />
      ) : costs.isError ? (
        <ErrorAlert error={costs.error} onRetry={() => void costs.refetch()} />
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {t('costs.sum', { count: costs.data.total })} <strong data-testid="costs-sum" className="text-lg text-slate-900 tabular-nums">{formatMoney(costs.data.sumFen)}</strong>
          </p>
          <Table caption={t('costs.title')} columns={columns} rows={costs.data.items} rowKey={(c) => c.id} emptyMessage={t('costs.empty')} />
          <Pagination page={costs.data.page} pageSize={costs.data.pageSize} total={costs.data.total} onPageChange={setPage} />
        </>
      )}
      <CostFormDialog open={editing !== null} cost={editing === 'new' ? null : editing} defaults={{ period, hostId: values.hostId }} onClose={() => setEditing(null)} />
      <CostDeleteDialog cost={deleting} hostName={hostName} onClose={() => setDeleting(null)} />
    </section>
  );
}
