import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Input } from '../ui/Input';
import type { TierRow } from '../../lib/terms-form';

type Props = { tiers: TierRow[]; onChange: (tiers: TierRow[]) => void; errorOf: (path: string) => string | undefined };

/** Tiers as rows: from (yuan, the first is always 0) and rate (%); rows can be added and removed. */
export function TierRowsEditor({ tiers, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  const setRow = (i: number, patch: Partial<TierRow>) => onChange(tiers.map((row, j) => (i === j ? { ...row, ...patch } : row)));

  return (
    <div className="space-y-2">
      {tiers.map((row, i) => (
        <div key={i} className="flex flex-wrap items-start gap-3">
          <Field label={t('terms.tierFrom', { n: i + 1 })} error={errorOf(`hostShare.tiers.${i}.fromFen`)} className="w-52">
            {(c) => <Input {...c} inputMode="decimal" readOnly={i === 0} value={row.from} onChange={(e) => setRow(i, { from: e.target.value })} />}
          </Field>
          <Field label={t('terms.tierRate', { n: i + 1 })} error={errorOf(`hostShare.tiers.${i}.rateBp`)} className="w-44">
            {(c) => <Input {...c} inputMode="decimal" value={row.rate} onChange={(e) => setRow(i, { rate: e.target.value })} />}
          </Field>
          {i > 0 && (
            <Button size="sm" variant="ghost" className="mt-7" aria-label={t('terms.removeTier', { n: i + 1 })} onClick={() => onChange(tiers.filter((_, j) => j !== i))}>
              {t('terms.remove')}
            </Button>
          )}
        </div>
      ))}
      <Button size="sm" onClick={() => onChange([...tiers, { from: '', rate: '' }])}>
        {t('terms.addTier')}
      </Button>
      {errorOf('hostShare.tiers') && <p className="text-sm text-red-600">{errorOf('hostShare.tiers')}</p>}
    </div>
  );
}
