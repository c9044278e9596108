import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { useOrderLabels } from '../labels';

export const ORDER_FILTER_KEYS = ['platform', 'status', 'hostId', 'sessionId', 'period', 'unmatched'] as const;
export type OrderFilterValues = Record<(typeof ORDER_FILTER_KEYS)[number], string>;

/** Ids apply on submit; the selects, the month and the unmatched switch apply at once. All of it lives in the URL. */
export function OrderFilters({ values, onChange }: { values: OrderFilterValues; onChange: (patch: Partial<OrderFilterValues>) => void }) {
  const { t } = useTranslation();
  const labels = useOrderLabels();
  const [hostId, setHostId] = useState(values.hostId);
  const [sessionId, setSessionId] = useState(values.sessionId);
  const digits = (v: string) => v.replace(/\D/g, '');

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ hostId: digits(hostId), sessionId: digits(sessionId) });
  }

  return (
    <form role="search" onSubmit={submit} className="mb-4 flex flex-wrap items-end gap-3">
      <Field label={t('orders.fields.platform')} className="w-36">
        {(c) => <Select {...c} options={labels.platformOptions} placeholder={t('common.all')} value={values.platform} onChange={(e) => onChange({ platform: e.target.value })} />}
      </Field>
      <Field label={t('orders.fields.status')} className="w-32">
        {(c) => <Select {...c} options={labels.statusOptions} placeholder={t('common.all')} value={values.status} onChange={(e) => onChange({ status: e.target.value })} />}
      </Field>
      <Field label={t('orders.fields.period')} className="w-44">
        {(c) => <Input {...c} type="month" value={values.period} onChange={(e) => onChange({ period: e.target.value })} />}
      </Field>
      <Field label={t('orders.filters.hostId')} className="w-28">
        {(c) => <Input {...c} inputMode="numeric" value={hostId} onChange={(e) => setHostId(e.target.value)} />}
      </Field>
      <Field label={t('orders.filters.sessionId')} className="w-28">
        {(c) => <Input {...c} inputMode="numeric" value={sessionId} onChange={(e) => setSessionId(e.target.value)} />}
      </Field>
      <Button type="submit">{t('common.apply')}</Button>
      <Checkbox
        className="flex h-10 items-center gap-2 text-sm text-slate-700"
        label={t('orders.filters.unmatchedOnly')}
        checked={values.unmatched === 'true'}
        onChange={(e) => onChange({ unmatched: e.target.checked ? 'true' : '' })}
      />
    </form>
  );
}
