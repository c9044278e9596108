import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import type { ScheduleHost } from '../lookups-api';
import { SeriesForm } from './SeriesForm';

type SeriesDialogProps = { open: boolean; hosts: ScheduleHost[]; onClose: () => void };

/** A recurring booking: weekdays, a start time and a duration between two dates, all or nothing. */
export function SeriesDialog({ open, hosts, onClose }: SeriesDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('schedule.series.title')} wide>
      <SeriesForm hosts={hosts} onDone={onClose} />
    </Dialog>
  );
}
