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
import { useImportHosts, type HostImportResult } from '../api';

// A file download is a plain link: the browser sends the session cookie and saves the attachment.
const linkClass = 'inline-flex h-10 items-center justify-center rounded-md bg-white px-3.5 text-sm font-medium text-slate-800 shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50';

/** Template, import and export of the roster; import and template only for roles that may write hosts. */
export function HostBulkActions({ canWrite, exportUrl }: { canWrite: boolean; exportUrl: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      {canWrite && (
        <>
          <a className={linkClass} href={apiPaths.hostsImportTemplate} download>{t('hosts.bulk.downloadTemplate')}</a>
          <Button onClick={() => setOpen(true)}>{t('hosts.bulk.import')}</Button>
        </>
      )}
      <a className={linkClass} href={exportUrl} download>{t('hosts.bulk.export')}</a>
      {canWrite && <HostImportDialog open={open} onClose={() => setOpen(false)} />}
    </>
  );
}

function HostImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const importHosts = useImportHosts();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  function close() {
    importHosts.reset();
    setFile(null);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setMissing(true);
    importHosts.mutate(file);
  }

  return (
    <Dialog open={open} onClose={close} title={t('hosts.bulk.importTitle')} description={t('hosts.bulk.importDescription')} wide>
      <form onSubmit={submit} noValidate>
        {importHosts.isError && <div className="mb-4"><Alert tone="error">{errorMessage(importHosts.error)}</Alert></div>}
        <Field label={t('hosts.bulk.file')} error={missing ? t('hosts.bulk.fileRequired') : undefined}>
          {(c) => (
            <Input
              {...c}
              type="file"
              accept=".xlsx,.csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setMissing(false);
                importHosts.reset();
              }}
            />
          )}
        </Field>
        {importHosts.data && <ImportResult result={importHosts.data} />}
        <DialogActions>
          <Button onClick={close}>{t('common.close')}</Button>
          <Button type="submit" variant="primary" pending={importHosts.isPending}>{t('hosts.bulk.submit')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function ImportResult({ result }: { result: HostImportResult }) {
  const { t } = useTranslation();
  return (
    <div className="mt-4 space-y-3">
      <Alert tone={result.rejected > 0 ? 'warning' : 'success'}>{t('hosts.bulk.result', result)}</Alert>
      {result.errors.length > 0 && (
        <Table
          caption={t('hosts.bulk.rejectedCaption')}
          rows={result.errors}
          rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.message}`}
          emptyMessage={t('hosts.bulk.noRejected')}
          columns={[
            { key: 'row', header: t('hosts.bulk.row'), cell: (e) => e.row },
            { key: 'field', header: t('hosts.bulk.field'), cell: (e) => e.field ?? '' },
            { key: 'message', header: t('hosts.bulk.message'), cell: (e) => e.message },
          ]}
        />
      )}
    </div>
  );
}
