import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { copyText } from '../../../lib/clipboard';

/** The secret is shown here once; the server keeps only its hash, so nobody can show it again. */
export function ApiTokenCreated({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);

  return (
    <div className="space-y-4">
      <Alert tone="warning">{t('tokens.shownOnce')}</Alert>
      <div className="flex items-end gap-2">
        <Field label={t('tokens.fields.token')} className="flex-1">
          {(c) => <Input {...c} readOnly autoFocus value={token} className="font-mono" onFocus={(e) => e.currentTarget.select()} />}
        </Field>
        <Button onClick={() => void copyText(token).then(setCopied)}>{t('common.copy')}</Button>
      </div>
      {copied !== null && <p role="status" className="text-sm text-slate-600">{copied ? t('common.copied') : t('common.copyFailed')}</p>}
      <DialogActions>
        <Button variant="primary" onClick={onDone}>
          {t('common.done')}
        </Button>
      </DialogActions>
    </div>
  );
}
