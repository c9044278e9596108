import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Spinner } from '../../../components/ui/Spinner';
import { Table, type Column } from '../../../components/ui/Table';
import { can } from '../../../lib/permissions';
import { useSearchState } from '../../../lib/search-state';
import { useFormatInstant } from '../../../lib/time-zone';
import { useViewer } from '../../../lib/viewer';
import { useBrands, type Brand } from '../api';
import { BrandCreate } from './BrandCreate';

/** Brands (品牌/商家) that buy slots in sessions. */
export function BrandList() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const formatInstant = useFormatInstant();
  const { values, page, update, setPage } = useSearchState(['q'] as const);
  const brands = useBrands({ page, q: values.q });
  const [q, setQ] = useState(values.q);
  const [editing, setEditing] = useState<Brand | 'new' | null>(null);
  const writable = can(viewer?.role, 'brands.write');

  const columns: Column<Brand>[] = [
    { key: 'name', header: t('brands.fields.name'), cell: (b) => <span className="font-medium">{b.name}</span> },
    { key: 'contact', header: t('brands.fields.contact'), cell: (b) => b.contact || '—' },
    { key: 'notes', header: t('brands.fields.notes'), cell: (b) => <span className="line-clamp-2 whitespace-pre-wrap">{b.notes || '—'}</span> },
    { key: 'createdAt', header: t('brands.fields.createdAt'), cell: (b) => formatInstant(b.createdAt), className: 'whitespace-nowrap' },
    ...(writable
      ? [{ key: 'actions', header: t('common.actions'), cell: (b: Brand) => <Button size="sm" aria-label={t('brands.editBrand', { name: b.name })} onClick={() => setEditing(b)}>{t('common.edit')}</Button> }]
      : []),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    update({ q: q.trim() });
  }

  return (
    <section>
      <PageHeader title={t('brands.title')} description={t('brands.description')} actions={writable && <Button variant="primary" onClick={() => setEditing('new')}>{t('brands.new')}</Button>} />
      <form role="search" onSubmit={submit} className="mb-4 flex items-end gap-3">
        <Field label={t('brands.search')} className="w-72">
          {(c) => <Input {...c} type="search" value={q} onChange={(e) => setQ(e.target.value)} />}
        </Field>
        <Button type="submit">{t('common.search')}</Button>
      </form>
      {brands.isPending ? (
        <Spinner />
      ) : brands.isError ? (
        <ErrorAlert error={brands.error} onRetry={() => void brands.refetch()} />
      ) : (
        <>
          <Table caption={t('brands.title')} columns={columns} rows={brands.data.items} rowKey={(b) => b.id} emptyMessage={values.q ? t('brands.emptyFiltered') : t('brands.empty')} />
          <Pagination page={brands.data.page} pageSize={brands.data.pageSize} total={brands.data.total} onPageChange={setPage} />
        </>
      )}
      <BrandCreate brand={editing} onClose={() => setEditing(null)} />
    </section>
  );
}
