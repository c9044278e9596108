import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SheetImportDialog, type SheetImportText } from '../../../components/SheetImportDialog';
import { Button } from '../../../components/ui/Button';
import { DownloadLink } from '../../../components/ui/DownloadLink';
import { apiPaths } from '../../../lib/paths';
import { useImportHosts, type HostImportResult } from '../api';

/** Template, import and export of the roster; import and template only for roles that may write hosts. */
export function HostBulkActions({ canWrite, exportUrl }: { canWrite: boolean; exportUrl: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      {canWrite && (
        <>
          <DownloadLink href={apiPaths.hostsImportTemplate}>{t('hosts.bulk.downloadTemplate')}</DownloadLink>
          <Button onClick={() => setOpen(true)}>{t('hosts.bulk.import')}</Button>
        </>
      )}
      <DownloadLink href={exportUrl}>{t('hosts.bulk.export')}</DownloadLink>
      {canWrite && <HostImportDialog open={open} onClose={() => setOpen(false)} />}
    </>
  );
}

function HostImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const upload = useImportHosts();
  const text: SheetImportText<HostImportResult> = {
    title: t('hosts.bulk.importTitle'), description: t('hosts.bulk.importDescription'), file: t('hosts.bulk.file'),
    fileRequired: t('hosts.bulk.fileRequired'), submit: t('hosts.bulk.submit'), result: (result) => t('hosts.bulk.result', result),
    rejectedCaption: t('hosts.bulk.rejectedCaption'), row: t('hosts.bulk.row'), field: t('hosts.bulk.field'), message: t('hosts.bulk.message'),
  };
  return <SheetImportDialog open={open} onClose={onClose} upload={upload} text={text} />;
}
