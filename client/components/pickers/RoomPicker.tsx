import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { roomView } from '../../../server/shared/api/rooms';
import { pageOf } from '../../../server/shared/schemas';
import { apiPaths, withQuery } from '../../lib/paths';
import { Combobox } from '../ui/Combobox';
import { usePickedItem, usePickerSearch, type PickerProps } from './picker-query';

const roomOption = roomView.pick({ id: true, name: true, location: true, active: true });
export type RoomOption = z.infer<typeof roomOption>;

/** A studio by part of its name; `activeOnly` (for booking) hides rooms taken out of use. */
export function RoomPicker({ value, onChange, activeOnly = false, ...rest }: PickerProps<RoomOption> & { activeOnly?: boolean }) {
  const { t } = useTranslation();
  const active = activeOnly ? 'true' : undefined;
  const search = usePickerSearch(['rooms', active ?? 'any'], (q) => withQuery(apiPaths.rooms, { q, active, pageSize: 50 }), pageOf(roomOption));
  const picked = usePickedItem(value, ['rooms'], (id) => apiPaths.room(id), roomOption);
  return (
    <Combobox<RoomOption>
      {...rest}
      placeholder={rest.placeholder ?? t('pickers.roomPlaceholder')}
      items={search.items}
      loading={search.loading}
      selectedItem={picked.item}
      onInputChange={search.setText}
      onSelect={(room) => { picked.remember(room); onChange(room?.id ?? null, room); }}
      itemKey={(r) => r.id}
      itemLabel={(r) => r.name}
      itemDetail={(r) => [r.location, r.active ? '' : t('pickers.inactive')].filter(Boolean).join(' · ')}
    />
  );
}
