import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Spinner } from '../../../components/ui/Spinner';
import { useHostSearch, type HostRef } from '../lookups-api';

/** Finds a host by name, handle or identifier (the roster's own search) and picks one. */
export function HostPicker({ selected, onSelect }: { selected: HostRef | null; onSelect: (host: HostRef) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const hosts = useHostSearch(q);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter searches here; it must not submit the assignment form.
    if (event.key === 'Enter') {
      event.preventDefault();
      setQ(draft.trim());
    }
  }

  return (
    <div>
      <div className="flex items-end gap-2">
        <Field label={t('orders.assign.host')} className="flex-1">
          {(c) => <Input {...c} type="search" value={draft} placeholder={t('orders.assign.hostPlaceholder')} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} />}
        </Field>
        <Button onClick={() => setQ(draft.trim())}>{t('common.search')}</Button>
      </div>
      {hosts.isFetching && <Spinner />}
      {hosts.data && (
        <ul aria-label={t('orders.assign.hostResults')} className="mt-2 max-h-48 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
          {hosts.data.items.length === 0 && <li className="px-3 py-2 text-sm text-slate-500">{t('orders.assign.noHosts')}</li>}
          {hosts.data.items.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                aria-pressed={selected?.id === h.id}
                onClick={() => onSelect(h)}
                className={selected?.id === h.id ? 'w-full bg-indigo-50 px-3 py-2 text-left text-sm font-medium text-indigo-800' : 'w-full px-3 py-2 text-left text-sm hover:bg-slate-50'}
              >
                {h.stageName}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
