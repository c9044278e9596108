import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { useRoleOptions } from '../../../lib/role-label';

type UserFiltersProps = { q: string; role: string; onChange: (patch: { q?: string; role?: string }) => void };

/** Search by email or name (on submit) and filter by role (at once). */
export function UserFilters({ q, role, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const roleOptions = useRoleOptions();
  const [search, setSearch] = useState(q);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ q: search.trim() });
  }

  return (
    <form role="search" onSubmit={submit} className="mb-4 flex flex-wrap items-end gap-3">
      <Field label={t('users.search')} className="w-64">
        {(control) => <Input {...control} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('users.searchPlaceholder')} />}
      </Field>
      <Button type="submit">{t('common.search')}</Button>
      <Field label={t('users.filterByRole')} className="w-44">
        {(control) => (
          <Select {...control} options={roleOptions} placeholder={t('common.all')} value={role} onChange={(e) => onChange({ role: e.target.value })} />
        )}
      </Field>
    </form>
  );
}
