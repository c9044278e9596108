import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { tierOptions, useHostTiers } from '../../../lib/host-tiers';
import { useRosterOptions } from '../../../lib/roster-labels';

export const HOST_FILTER_KEYS = ['q', 'status', 'agentId', 'platform', 'tier', 'category', 'sort', 'order', 'archived'] as const;
type Filters = Record<(typeof HOST_FILTER_KEYS)[number], string>;

/** The search box applies on submit; the selects and the agent (picked by name) apply at once. All of it lives in the URL. */
export function HostFilters({ values, onChange }: { values: Filters; onChange: (patch: Partial<Filters>) => void }) {
  const { t } = useTranslation();
  const options = useRosterOptions();
  const [q, setQ] = useState(values.q);
  const tiers = useHostTiers();

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ q: q.trim() });
  }

  const select = (key: keyof Filters, label: string, opts: readonly { value: string; label: string }[]) => (
    <Field label={label} className="w-36">
      {(c) => <Select {...c} options={opts} placeholder={t('common.all')} value={values[key]} onChange={(e) => onChange({ [key]: e.target.value })} />}
    </Field>
  );

  return (
    <form role="search" onSubmit={submit} className="mb-4 flex flex-wrap items-end gap-3">
      <Field label={t('hosts.search')} className="w-72">
        {(c) => <Input {...c} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('hosts.searchPlaceholder')} />}
      </Field>
      <Button type="submit">{t('common.search')}</Button>
      {select('tier', t('hosts.fields.tier'), tierOptions(tiers, values.tier, (tier) => tier))}
      {select('status', t('hosts.fields.status'), options.hostStatuses)}
      <Field label={t('hosts.fields.agent')} className="w-44">
        {(c) => <StaffPicker {...c} placeholder={t('common.all')} value={pickedId(values.agentId)} onChange={(id) => onChange({ agentId: idText(id) })} />}
      </Field>
      {select('platform', t('hosts.fields.platform'), options.platforms)}
      {select('category', t('hosts.fields.category'), options.categories)}
      <Checkbox className="flex h-10 items-center gap-2 text-sm text-slate-700" label={t('hosts.includeArchived')} checked={values.archived === 'include'} onChange={(e) => onChange({ archived: e.target.checked ? 'include' : '' })} />
    </form>
  );
}
