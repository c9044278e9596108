import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Select } from '../../../components/ui/Select';
import { useErrorMessage } from '../../../lib/error-message';
import { useUploadImport } from '../api';
import { useFormatOptions } from './format-label';

/** The file goes up as multipart; the server answers at once and imports in the background. */
export function ImportUpload({ onStarted }: { onStarted: (id: number) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formatOptions = useFormatOptions();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setMissing(true);
    const form = event.currentTarget;
    upload.mutate({ file, format }, {
      onSuccess: ({ id }) => {
        // The next file starts from an empty form; the one just sent is shown below as it imports.
        form.reset();
        setFile(null);
        setFormat('');
        onStarted(id);
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="mb-4 text-lg font-semibold text-slate-900">{t('imports.uploadTitle')}</h2>
      {upload.isError && <div className="mb-4"><Alert tone="error">{errorMessage(upload.error)}</Alert></div>}
      <div className="flex flex-wrap items-start gap-4">
        <Field label={t('imports.file')} hint={t('imports.fileHint')} error={missing ? t('imports.fileRequired') : undefined} className="w-96">
          {(c) => (
            <Input
              {...c}
              type="file"
              accept=".csv,.xlsx,.json"
              className="file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1 file:text-sm"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setMissing(false);
              }}
            />
          )}
        </Field>
        <Field label={t('imports.format')} hint={t('imports.formatHint')} className="w-56">
          {(c) => <Select {...c} options={formatOptions} placeholder={t('imports.detect')} value={format} onChange={(e) => setFormat(e.target.value)} />}
        </Field>
        <Button type="submit" variant="primary" pending={upload.isPending} className="mt-6">
          {t('imports.upload')}
        </Button>
      </div>
      <details className="mt-3 text-sm text-slate-600">
        <summary className="cursor-pointer text-indigo-700">{t('imports.accepted.title')}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {(['douyin', 'taobao', 'api'] as const).map((key) => <li key={key}>{t(`imports.accepted.${key}`)}</li>)}
        </ul>
      </details>
    </form>
  );
}
