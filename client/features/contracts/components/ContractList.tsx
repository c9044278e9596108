import { useTranslation } from 'react-i18next';
import { HostPicker } from '../../../components/pickers/HostPicker';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Select } from '../../../components/ui/Select';
import { Spinner } from '../../../components/ui/Spinner';
import { paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { contractStatuses, useRosterOptions, type ContractStatus } from '../../../lib/roster-labels';
import { useSearchState } from '../../../lib/search-state';
import { useViewer } from '../../../lib/viewer';
import { useContracts } from '../api';
import { ContractTable } from './ContractTable';

/** Every contract; "ending within 30 days" lists the active ones that end soon, soonest first. */
export function ContractList() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const options = useRosterOptions();
  const { values, page, update, setPage } = useSearchState(['status', 'hostId', 'ending'] as const);
  const status = contractStatuses.includes(values.status as ContractStatus) ? (values.status as ContractStatus) : '';
  const ending = values.ending === '30';
  const contracts = useContracts({ page, status, hostId: values.hostId, expiringWithinDays: ending ? 30 : undefined });

  return (
    <section>
      <PageHeader
        title={t('contracts.title')}
        description={t('contracts.description')}
        actions={can(viewer?.role, 'contracts.write') && <ButtonLink variant="primary" to={paths.contractNew()}>{t('contracts.new')}</ButtonLink>}
      />
      <div className="mb-4 flex flex-wrap items-end gap-3">
        <Field label={t('contracts.fields.host')} className="w-56">
          {(c) => <HostPicker {...c} placeholder={t('common.all')} value={pickedId(values.hostId)} onChange={(id) => update({ hostId: idText(id) })} />}
        </Field>
        <Field label={t('contracts.fields.status')} className="w-40">
          {(c) => <Select {...c} options={options.contractStatuses} placeholder={t('common.all')} value={status} onChange={(e) => update({ status: e.target.value })} />}
        </Field>
        <Checkbox className="flex h-10 items-center gap-2 text-sm text-slate-700" label={t('contracts.endingSoon')} checked={ending} onChange={(e) => update({ ending: e.target.checked ? '30' : '' })} />
      </div>
      {contracts.isPending ? (
        <Spinner />
      ) : contracts.isError ? (
        <ErrorAlert error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : (
        <>
          <ContractTable contracts={contracts.data.items} emptyMessage={ending ? t('contracts.emptyEnding') : t('contracts.empty')} />
          <Pagination page={contracts.data.page} pageSize={contracts.data.pageSize} total={contracts.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
