import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../lib/error-message';
import { Alert } from './ui/Alert';
import { Button } from './ui/Button';
import { Dialog, DialogActions } from './ui/Dialog';
import { Field } from './ui/Field';
import { Input } from './ui/Input';
import { Table } from './ui/Table';

/** What a spreadsheet import answers: the rows refused, each with its row number and reason. */
export interface SheetImportResult { rejected: number; errors: readonly { row: number; field?: string | null; message: string }[] }

/** The words of one import, from the feature's own translations. */
export interface SheetImportText<R> {
  title: string;
  description: string;
  file: string;
  fileRequired: string;
  submit: string;
  result: (result: R) => string;
  rejectedCaption: string;
  row: string;
  field: string;
  message: string;
}

/**
 * Uploading a spreadsheet (.xlsx or .csv) to one of the bulk imports (hosts, payouts): pick a file, send it,
 * read what was imported and which rows were refused and why. The caller's mutation sends the file.
 */
export function SheetImportDialog<R extends SheetImportResult>({ open, onClose, upload, text }: {
  open: boolean;
  onClose: () => void;
  upload: UseMutationResult<R, Error, File>;
  text: SheetImportText<R>;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  function close() {
    upload.reset();
    setFile(null);
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setMissing(true);
    upload.mutate(file);
  }

  return (
    <Dialog open={open} onClose={close} title={text.title} description={text.description} wide>
      <form onSubmit={submit} noValidate>
        {upload.isError && <div className="mb-4"><Alert tone="error">{errorMessage(upload.error)}</Alert></div>}
        <Field label={text.file} error={missing ? text.fileRequired : undefined}>
          {(c) => (
            <Input
              {...c}
              type="file"
              accept=".xlsx,.csv"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setMissing(false);
                upload.reset();
              }}
            />
          )}
        </Field>
        {upload.data && (
          <div className="mt-4 space-y-3">
            <Alert tone={upload.data.rejected > 0 ? 'warning' : 'success'}>{text.result(upload.data)}</Alert>
            {upload.data.errors.length > 0 && (
              <Table
                caption={text.rejectedCaption}
                rows={[...upload.data.errors]}
                rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.message}`}
                emptyMessage=""
                columns={[
                  { key: 'row', header: text.row, cell: (e) => e.row },
                  { key: 'field', header: text.field, cell: (e) => e.field ?? '' },
                  { key: 'message', header: text.message, cell: (e) => e.message },
                ]}
              />
            )}
          </div>
        )}
        <DialogActions>
          <Button onClick={close}>{t('common.close')}</Button>
          <Button type="submit" variant="primary" pending={upload.isPending}>{text.submit}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
