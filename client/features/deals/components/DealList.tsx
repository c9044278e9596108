import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Select } from '../../../components/ui/Select';
import { Spinner } from '../../../components/ui/Spinner';
import { Table, type Column } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { categories, dealStatuses, dealStatusTone, useRosterLabels, useRosterOptions, type Category, type DealStatus } from '../../../lib/roster-labels';
import { useSearchState } from '../../../lib/search-state';
import { formatRate } from '../../../lib/units';
import { useViewer } from '../../../lib/viewer';
import { useBrandNames, useDeals, type Deal } from '../api';

/** Brand deals: a slot bought for a pit fee and/or a commission rate, newest first. */
export function DealList() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const label = useRosterLabels();
  const options = useRosterOptions();
  const brands = useBrandNames();
  const { values, page, update, setPage } = useSearchState(['brandId', 'status', 'category'] as const);
  const status = dealStatuses.includes(values.status as DealStatus) ? (values.status as DealStatus) : '';
  const category = categories.includes(values.category as Category) ? (values.category as Category) : '';
  const deals = useDeals({ page, brandId: values.brandId, status, category });
  const writable = can(viewer?.role, 'brands.write');

  const columns: Column<Deal>[] = [
    { key: 'brand', header: t('deals.fields.brand'), cell: (d) => <span className="font-medium">{brands.name(d.brandId)}</span> },
    { key: 'status', header: t('deals.fields.status'), cell: (d) => <Badge tone={dealStatusTone[d.status]}>{label.dealStatus(d.status)}</Badge> },
    { key: 'pitFee', header: t('deals.fields.pitFee'), cell: (d) => formatMoney(d.pitFeeFen), className: 'text-right tabular-nums whitespace-nowrap' },
    { key: 'commissionRate', header: t('deals.fields.commissionRate'), cell: (d) => formatRate(d.commissionRateBp), className: 'text-right tabular-nums' },
    { key: 'category', header: t('deals.fields.category'), cell: (d) => (d.category ? label.category(d.category) : '—') },
    { key: 'notes', header: t('deals.fields.notes'), cell: (d) => <span className="line-clamp-2">{d.notes || '—'}</span> },
    ...(writable
      ? [{ key: 'actions', header: t('common.actions'), cell: (d: Deal) => <ButtonLink size="sm" to={paths.dealEdit(d.id)} aria-label={t('deals.editDeal', { brand: brands.name(d.brandId), id: d.id })}>{t('common.edit')}</ButtonLink> }]
      : []),
  ];

  const filter = (key: 'brandId' | 'status' | 'category', text: string, opts: readonly { value: string; label: string }[], value: string) => (
    <Field label={text} className="w-44">
      {(c) => <Select {...c} options={opts} placeholder={t('common.all')} value={value} onChange={(e) => update({ [key]: e.target.value })} />}
    </Field>
  );

  return (
    <section>
      <PageHeader title={t('deals.title')} description={t('deals.description')} actions={writable && <ButtonLink variant="primary" to={paths.dealNew}>{t('deals.new')}</ButtonLink>} />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        {filter('brandId', t('deals.fields.brand'), brands.options, values.brandId)}
        {filter('status', t('deals.fields.status'), options.dealStatuses, status)}
        {filter('category', t('deals.fields.category'), options.categories, category)}
      </div>
      {deals.isPending ? (
        <Spinner />
      ) : deals.isError ? (
        <ErrorAlert error={deals.error} onRetry={() => void deals.refetch()} />
      ) : (
        <>
          <Table caption={t('deals.title')} columns={columns} rows={deals.data.items} rowKey={(d) => d.id} emptyMessage={t('deals.empty')} />
          <Pagination page={deals.data.page} pageSize={deals.data.pageSize} total={deals.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
