import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/ui/Dialog';
import type { ScheduleHost, ScheduleRoom } from '../lookups-api';
import { SeriesForm } from './SeriesForm';

type SeriesDialogProps = { open: boolean; hosts: ScheduleHost[]; rooms: ScheduleRoom[]; onClose: () => void };

/** A recurring booking: weekdays, a start time and a duration between two dates, all or nothing. */
export function SeriesDialog({ open, hosts, rooms, onClose }: SeriesDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('schedule.series.title')} wide>
      <SeriesForm hosts={hosts} rooms={rooms} onDone={onClose} />
    </Dialog>
  );
}
