import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Dialog, DialogActions } from '../../../components/ui/Dialog';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Table } from '../../../components/ui/Table';
import { useErrorMessage } from '../../../lib/error-message';
import { apiPaths } from '../../../lib/paths';
import { useImportPayouts, type PayoutImportResult } from '../api';

// A file download is a plain link: the browser sends the session cookie and saves the attachment.
const linkClass = 'inline-flex h-10 items-center justify-center rounded-md bg-white px-3.5 text-sm font-medium text-slate-800 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50';

/** The template and the upload of finance's settlement sheet: the platforms' stated payouts, per account and period. */
export function PayoutSheetImport() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <a className={linkClass} href={apiPaths.reconciliationPayoutsTemplate} download>{t('reconciliation.sheet.downloadTemplate')}</a>
      <Button onClick={() => setOpen(true)}>{t('reconciliation.sheet.import')}</Button>
      <PayoutSheetDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function PayoutSheetDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const importPayouts = useImportPayouts();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  function close() {
    importPayouts.reset();
    setFile(null);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setMissing(true);
    importPayouts.mutate(file);
  }

  return (
    <Dialog open={open} onClose={close} title={t('reconciliation.sheet.title')} description={t('reconciliation.sheet.description')} wide>
      <form onSubmit={submit} noValidate>
        {importPayouts.isError && <div className="mb-4"><Alert tone="error">{errorMessage(importPayouts.error)}</Alert></div>}
        <Field label={t('reconciliation.sheet.file')} error={missing ? t('reconciliation.sheet.fileRequired') : undefined}>
          {(c) => (
            <Input
              {...c}
              type="file"
              accept=".xlsx,.csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setMissing(false);
                importPayouts.reset();
              }}
            />
          )}
        </Field>
        {importPayouts.data && <ImportResult result={importPayouts.data} />}
        <DialogActions>
          <Button onClick={close}>{t('common.close')}</Button>
          <Button type="submit" variant="primary" pending={importPayouts.isPending}>{t('reconciliation.sheet.submit')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function ImportResult({ result }: { result: PayoutImportResult }) {
  const { t } = useTranslation();
  return (
    <div className="mt-4 space-y-3">
      <Alert tone={result.rejected > 0 ? 'warning' : 'success'}>{t('reconciliation.sheet.result', result)}</Alert>
      {result.errors.length > 0 && (
        <Table
          caption={t('reconciliation.sheet.rejectedCaption')}
          rows={result.errors}
          rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.message}`}
          emptyMessage=""
          columns={[
            { key: 'row', header: t('reconciliation.sheet.row'), cell: (e) => e.row },
            { key: 'field', header: t('reconciliation.sheet.field'), cell: (e) => e.field ?? '' },
            { key: 'message', header: t('reconciliation.sheet.message'), cell: (e) => e.message },
          ]}
        />
      )}
    </div>
  );
}
