import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Input } from '../../../components/ui/Input';
import type { CrewRow } from '../session-draft';

/**
 * Crew by user id and duty: the user list is readable by admins only (SPEC 11), so a scheduler cannot
 * be offered a picker of names; the server checks that each id is a staff user.
 */
export function CrewEditor({ rows, invalid, onChange }: { rows: CrewRow[]; invalid: boolean; onChange: (rows: CrewRow[]) => void }) {
  const { t } = useTranslation();
  const setRow = (i: number, patch: Partial<CrewRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t('schedule.fields.crew')}</legend>
      <p className="text-xs text-slate-500">{t('schedule.crewHint')}</p>
      {rows.map((row, i) => (
        <div key={i} className="grid grid-cols-[8rem_1fr_auto] items-center gap-2">
          <Input aria-label={`${t('schedule.fields.crewUserId')} ${i + 1}`} inputMode="numeric" value={row.userId} onChange={(e) => setRow(i, { userId: e.target.value })} />
          <Input aria-label={`${t('schedule.fields.duty')} ${i + 1}`} value={row.duty} onChange={(e) => setRow(i, { duty: e.target.value })} />
          <Button size="sm" variant="ghost" aria-label={t('schedule.removeCrew', { n: i + 1 })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </Button>
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...rows, { userId: '', duty: '' }])}>
        {t('schedule.addCrew')}
      </Button>
      {invalid && rows.length > 0 && <p className="text-sm text-red-600">{t('schedule.fields.crewUserId')} / {t('schedule.fields.duty')}</p>}
    </fieldset>
  );
}
