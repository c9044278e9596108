import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { useToast } from '../../../components/ui/Toast';
import { formatMoney } from '../../../lib/format';
import { useFormErrors } from '../../../lib/form-errors';
import { fenToYuanText, parseYuan } from '../../../lib/units';
import { useEnterPayout, type ReconciliationItem } from '../api';

/** The payout the platform states for the account-period, typed in yuan and sent as exact fen; the difference follows. */
export function PayoutForm({ period, item }: { period: string; item: ReconciliationItem }) {
  const { t } = useTranslation();
  const toast = useToast();
  const save = useEnterPayout(period, item.accountId);
  const [amount, setAmount] = useState(() => fenToYuanText(item.payoutFen));
  const [local, setLocal] = useState<'required' | 'yuan' | null>(null);
  const { fieldError, formError } = useFormErrors(save.error, ['amountFen']);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseYuan(amount);
    const error = !parsed.ok ? 'yuan' : parsed.value === null ? 'required' : null;
    setLocal(error);
    if (!parsed.ok || parsed.value === null) return;
    save.mutate(parsed.value, {
      onSuccess: (saved) => {
        setAmount(fenToYuanText(saved.payoutFen));
        toast.show(t('reconciliation.payout.saved', { amount: formatMoney(saved.payoutFen ?? 0) }));
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('reconciliation.payout.title')} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold text-slate-900">{t('reconciliation.payout.title')}</h2>
      <p className="text-sm text-slate-600">{t('reconciliation.payout.description', { ledger: formatMoney(item.ledgerFen) })}</p>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="flex flex-wrap items-start gap-3">
        <Field label={t('reconciliation.payout.amount')} hint={t('reconciliation.payout.amountHint')} error={local ? t(`reconciliation.payout.errors.${local}`) : fieldError('amountFen')} className="w-56">
          {(c) => <Input {...c} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Button type="submit" variant="primary" pending={save.isPending} className="mt-6">
          {t('reconciliation.payout.submit')}
        </Button>
      </div>
    </form>
  );
}
