import type { ReactNode } from 'react';
import { BrandPicker } from '../../../components/pickers/BrandPicker';
import { HostPicker } from '../../../components/pickers/HostPicker';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { RoomPicker } from '../../../components/pickers/RoomPicker';
import { SessionPicker } from '../../../components/pickers/SessionPicker';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import type { ControlProps } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';

type Props = { control: ControlProps; entity: string; value: string; onChange: (value: string) => void };

/**
 * Which record: a host, brand, session, room or user is found by name with its picker (a past colleague too);
 * other records, which have no name to type, by their number.
 */
export function EntityIdField({ control, entity, value, onChange }: Props): ReactNode {
  const picker = { ...control, value: pickedId(value), onChange: (id: number | null) => onChange(idText(id)) };
  switch (entity) {
    case 'host': return <HostPicker {...picker} />;
    case 'brand': return <BrandPicker {...picker} />;
    case 'session': return <SessionPicker {...picker} />;
    case 'room': return <RoomPicker {...picker} />;
    case 'user': return <StaffPicker {...picker} includePast />;
    default: return <Input {...control} inputMode="numeric" value={value} onChange={(e) => onChange(e.target.value)} />;
  }
}
