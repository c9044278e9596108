import { useTranslation } from 'react-i18next';
import type { BadgeTone } from '../../components/ui/Badge';
import { useRosterLabels } from '../../lib/roster-labels';
import { orderPlatforms, orderStatuses, type OrderPlatform, type OrderStatus } from './api';

export const orderStatusTone: Record<OrderStatus, BadgeTone> = {
  pending: 'neutral', paid: 'blue', received: 'violet', settled: 'green', invalid: 'red',
};

export function useOrderLabels() {
  const { t } = useTranslation();
  const roster = useRosterLabels();
  return {
    platform: (p: OrderPlatform) => roster.platform(p),
    status: (s: OrderStatus) => t(`orders.status.${s}`),
    platformOptions: orderPlatforms.map((value) => ({ value, label: roster.platform(value) })),
    statusOptions: orderStatuses.map((value) => ({ value, label: t(`orders.status.${value}`) })),
  };
}
