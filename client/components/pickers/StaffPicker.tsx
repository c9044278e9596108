import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../../lib/role-label';
import type { Role } from '../../lib/roles';
import { useStaffDirectory } from '../../lib/staff';
import { Combobox } from '../ui/Combobox';
import type { PickerProps } from './picker-query';

type StaffMember = ReturnType<typeof useStaffDirectory>['active'][number];

/**
 * A colleague, by part of the name, from the staff directory (small enough to filter here): only active staff
 * and, with `roles`, only those roles may be chosen (经纪人: managers). A past colleague already chosen keeps the name;
 * `includePast` offers past colleagues too (a filter of what they did, as in the audit log).
 */
export function StaffPicker({ value, onChange, roles, includePast = false, ...rest }: PickerProps<StaffMember> & { roles?: readonly Role[]; includePast?: boolean }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const staff = useStaffDirectory();
  const [text, setText] = useState('');
  const needle = text.trim().toLowerCase();
  const items = (includePast ? staff.all : staff.active).filter((u) => (!roles || roles.includes(u.role)) && (needle === '' || u.name.toLowerCase().includes(needle)));
  return (
    <Combobox<StaffMember>
      {...rest}
      placeholder={rest.placeholder ?? t('pickers.staffPlaceholder')}
      items={items}
      selectedItem={value === null ? null : (staff.find(value) ?? null)}
      onInputChange={setText}
      onSelect={(user) => onChange(user?.id ?? null, user)}
      itemKey={(u) => u.id}
      itemLabel={(u) => u.name}
      itemDetail={(u) => (u.active ? roleLabel(u.role) : `${roleLabel(u.role)} · ${t('pickers.pastStaff')}`)}
    />
  );
}
