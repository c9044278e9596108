import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from './roles';

/** Role names as the agency says them: 管理员, 经纪人, 排期, 财务, 只读. */
export function useRoleLabel(): (role: Role) => string {
  const { t } = useTranslation();
  return (role) => t(`roles.${role}`);
}

export function useRoleOptions(): { value: Role; label: string }[] {
  const label = useRoleLabel();
  return ROLES.map((role) => ({ value: role, label: label(role) }));
}
