import { useTranslation } from 'react-i18next';
import { FORMAT_IDS } from '../../../../server/shared/api/imports';
import { isFormatId } from '../formats';

/** A format id as finance knows it (抖音订单导出); an import left to detection before it ran shows 自动识别. */
export function useFormatLabel(): (format: string | null) => string {
  const { t } = useTranslation();
  return (format) => (isFormatId(format) ? t(`imports.formats.${format}`) : format ?? t('imports.detect'));
}

export function useFormatOptions() {
  const label = useFormatLabel();
  return FORMAT_IDS.map((value) => ({ value, label: label(value) }));
}
