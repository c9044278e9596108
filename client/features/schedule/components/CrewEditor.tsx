import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { useRoleLabel } from '../../../lib/role-label';
import { useStaffDirectory } from '../../../lib/staff';
import type { CrewRow } from '../session-draft';

/** Crew by person and duty: each one is picked by name from the active staff; the server checks the ids. */
export function CrewEditor({ rows, invalid, onChange }: { rows: CrewRow[]; invalid: boolean; onChange: (rows: CrewRow[]) => void }) {
  const { t } = useTranslation();
  const staff = useStaffDirectory();
  const roleLabel = useRoleLabel();
  const options = staff.active.map((u) => ({ value: String(u.id), label: t('schedule.crewOption', { name: u.name, role: roleLabel(u.role) }) }));
  // A session booked earlier may name someone who has left since: they stay shown until changed.
  const optionsFor = (userId: string) => (userId === '' || options.some((o) => o.value === userId)
    ? options
    : [...options, { value: userId, label: staff.find(userId)?.name ?? `#${userId}` }]);
  const setRow = (i: number, patch: Partial<CrewRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t('schedule.fields.crew')}</legend>
      <p className="text-xs text-slate-500">{t('schedule.crewHint')}</p>
      {rows.map((row, i) => (
        <div key={i} className="grid grid-cols-[12rem_1fr_auto] items-center gap-2">
          <Select
            aria-label={`${t('schedule.fields.crewMember')} ${i + 1}`}
            options={optionsFor(row.userId)}
            placeholder={t('schedule.chooseCrew')}
            value={row.userId}
            onChange={(e) => setRow(i, { userId: e.target.value })}
          />
          <Input aria-label={`${t('schedule.fields.duty')} ${i + 1}`} value={row.duty} onChange={(e) => setRow(i, { duty: e.target.value })} />
          <Button size="sm" variant="ghost" aria-label={t('schedule.removeCrew', { n: i + 1 })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </Button>
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...rows, { userId: '', duty: '' }])}>
        {t('schedule.addCrew')}
      </Button>
      {invalid && rows.length > 0 && <p className="text-sm text-red-600">{t('schedule.fields.crewMember')} / {t('schedule.fields.duty')}</p>}
    </fieldset>
  );
}
