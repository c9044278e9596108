import { useCurrentUser } from '../../features/auth/api';
import { RoomList } from '../../features/rooms/components/RoomList';
import { ScheduleCalendar } from '../../features/schedule/components/ScheduleCalendar';
import { can } from '../../lib/permissions';

// Every role reads the schedule (SPEC 11); only admins and schedulers book, drag and edit.

export function ScheduleRoute() {
  const role = useCurrentUser().data?.role;
  return <ScheduleCalendar canEdit={can(role, 'sessions.write')} />;
}

export function RoomsRoute() {
  const role = useCurrentUser().data?.role;
  return <RoomList canWrite={can(role, 'sessions.write')} />;
}
