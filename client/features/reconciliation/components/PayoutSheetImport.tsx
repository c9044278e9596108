import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SheetImportDialog, type SheetImportText } from '../../../components/SheetImportDialog';
import { Button } from '../../../components/ui/Button';
import { DownloadLink } from '../../../components/ui/DownloadLink';
import { apiPaths } from '../../../lib/paths';
import { useImportPayouts, type PayoutImportResult } from '../api';

/** The template and the upload of finance's settlement sheet: the platforms' stated payouts, per account and period. */
export function PayoutSheetImport() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <DownloadLink href={apiPaths.reconciliationPayoutsTemplate}>{t('reconciliation.sheet.downloadTemplate')}</DownloadLink>
      <Button onClick={() => setOpen(true)}>{t('reconciliation.sheet.import')}</Button>
      <PayoutSheetDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function PayoutSheetDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const upload = useImportPayouts();
  const text: SheetImportText<PayoutImportResult> = {
    title: t('reconciliation.sheet.title'), description: t('reconciliation.sheet.description'), file: t('reconciliation.sheet.file'),
    fileRequired: t('reconciliation.sheet.fileRequired'), submit: t('reconciliation.sheet.submit'), result: (result) => t('reconciliation.sheet.result', result),
    rejectedCaption: t('reconciliation.sheet.rejectedCaption'), row: t('reconciliation.sheet.row'), field: t('reconciliation.sheet.field'),
    message: t('reconciliation.sheet.message'),
  };
  return <SheetImportDialog open={open} onClose={onClose} upload={upload} text={text} />;
}
