import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlProps } from './Field';
import { Input } from './Input';

type TagInputProps = ControlProps & { values: string[]; onChange: (values: string[]) => void; placeholder?: string; disabled?: boolean; errorAt?: (index: number) => string | undefined };

/**
 * Several short values in one field (account identifiers): Enter, comma or a blur adds the typed value; each
 * value has its own remove button; a value the server refused is marked with its message.
 */
export function TagInput({ values, onChange, placeholder, disabled = false, errorAt, ...control }: TagInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');

  function commit() {
    const parts = draft.split(/[,，\s]+/).map((v) => v.trim()).filter(Boolean);
    if (parts.length > 0) onChange([...values, ...parts.filter((p) => !values.includes(p))]);
    setDraft('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  }

  return (
    <div>
      {values.length > 0 && (
        <ul className="mb-2 flex flex-wrap gap-1.5" aria-label={t('tagInput.values')}>
          {values.map((value, index) => {
            const error = errorAt?.(index);
            return (
              <li key={value} className={error ? 'rounded-md bg-red-50 px-2 py-0.5 text-xs text-red-800 ring-1 ring-red-300' : 'rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-800'}>
                <span className="font-mono">{value}</span>
                {error && <span className="ml-1">({error})</span>}
                {!disabled && (
                  <button type="button" className="ml-1 text-slate-500 hover:text-slate-900" aria-label={t('tagInput.remove', { value })} onClick={() => onChange(values.filter((v) => v !== value))}>
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Input {...control} disabled={disabled} value={draft} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} onBlur={commit} />
    </div>
  );
}
