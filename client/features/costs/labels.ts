import { useTranslation } from 'react-i18next';
import { costKinds, type CostKind } from '../../../server/domain/settlement';

export { costKinds, type CostKind };

export function useCostKinds() {
  const { t } = useTranslation();
  return {
    label: (kind: CostKind) => t(`costs.kinds.${kind}`),
    options: costKinds.map((value) => ({ value, label: t(`costs.kinds.${value}`) })),
  };
}
