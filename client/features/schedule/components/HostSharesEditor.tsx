import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BOOKABLE_HOST_STATUSES, HostPicker } from '../../../components/pickers/HostPicker';
import { Button } from '../../../components/ui/Button';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { hostRow, type HostRow } from '../session-draft';

type HostSharesEditorProps = { rows: HostRow[]; problems: string[]; onChange: (rows: HostRow[]) => void };

/** The session's hosts, each with a role and a share in percent; the domain's checkShares speaks under it. */
export function HostSharesEditor({ rows, problems, onChange }: HostSharesEditorProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const roleOptions = (['main', 'assistant'] as const).map((value) => ({ value, label: t(`schedule.role.${value}`) }));
  const setRow = (i: number, patch: Partial<HostRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t('schedule.fields.hosts')}</legend>
      {rows.map((row, i) => (
        <div key={i} className="grid grid-cols-[1fr_8rem_6rem_auto] items-center gap-2">
          <label htmlFor={`${baseId}-host-${i}`} className="sr-only">{`${t('schedule.fields.host')} ${i + 1}`}</label>
          <HostPicker id={`${baseId}-host-${i}`} statuses={BOOKABLE_HOST_STATUSES} placeholder={t('schedule.chooseHost')}
            value={row.hostId ? Number(row.hostId) : null} onChange={(id) => setRow(i, { hostId: id === null ? '' : String(id) })} />
          <Select aria-label={`${t('schedule.fields.role')} ${i + 1}`} options={roleOptions} value={row.role} onChange={(e) => setRow(i, { role: e.target.value === 'main' ? 'main' : 'assistant' })} />
          <Input aria-label={`${t('schedule.fields.share')} ${i + 1}`} inputMode="decimal" value={row.share} onChange={(e) => setRow(i, { share: e.target.value })} />
          <Button size="sm" variant="ghost" aria-label={t('schedule.removeHostRow', { n: i + 1 })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </Button>
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...rows, hostRow('', rows.length === 0)])}>
        {t('schedule.addHostRow')}
      </Button>
      {problems.length > 0 && (
        <ul className="text-sm text-red-600" data-testid="share-problems">
          {problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
    </fieldset>
  );
}
