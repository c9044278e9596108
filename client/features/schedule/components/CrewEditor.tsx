import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { Button } from '../../../components/ui/Button';
import { Input } from '../../../components/ui/Input';
import type { CrewRow } from '../session-draft';

/**
 * Crew by person and duty: each one is found by typing part of the name among the active staff (a past
 * colleague booked earlier keeps the name until changed); the server checks the ids.
 */
export function CrewEditor({ rows, invalid, onChange }: { rows: CrewRow[]; invalid: boolean; onChange: (rows: CrewRow[]) => void }) {
  const { t } = useTranslation();
  const baseId = useId();
  const setRow = (i: number, patch: Partial<CrewRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  // After a refused submit, a row without a person or a duty is marked where it lacks one, and the message says why.
  const messageId = `${baseId}-crew-error`;
  const marks = (missing: boolean) => (invalid && missing ? { 'aria-invalid': true as const, 'aria-describedby': messageId } : {});
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{t('schedule.fields.crew')}</legend>
      <p className="text-xs text-slate-500">{t('schedule.crewHint')}</p>
      {rows.map((row, i) => (
        <div key={i} className="grid grid-cols-[14rem_1fr_auto] items-center gap-2">
          <label htmlFor={`${baseId}-crew-${i}`} className="sr-only">{`${t('schedule.fields.crewMember')} ${i + 1}`}</label>
          <StaffPicker id={`${baseId}-crew-${i}`} {...marks(pickedId(row.userId) === null)} placeholder={t('schedule.chooseCrew')} value={pickedId(row.userId)} onChange={(id) => setRow(i, { userId: idText(id) })} />
          <Input aria-label={`${t('schedule.fields.duty')} ${i + 1}`} {...marks(row.duty.trim() === '')} value={row.duty} onChange={(e) => setRow(i, { duty: e.target.value })} />
          <Button size="sm" variant="ghost" aria-label={t('schedule.removeCrew', { n: i + 1 })} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            ×
          </Button>
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...rows, { userId: '', duty: '' }])}>
        {t('schedule.addCrew')}
      </Button>
      {invalid && rows.length > 0 && <p id={messageId} className="text-sm text-red-600">{t('schedule.crewIncomplete')}</p>}
    </fieldset>
  );
}
