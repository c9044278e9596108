import { useTranslation } from 'react-i18next';
import type { PlainDate } from '../../../../server/domain/dates';

/** '12-14 周一' / '12-14 Mon' (or with the year, '2026-12-14 周一'): a plain date with its weekday in the UI language. */
export function useDayLabel(): (day: PlainDate, withYear?: boolean) => string {
  const { i18n } = useTranslation();
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  return (day, withYear = false) => `${withYear ? day : day.slice(5)} ${weekday.format(Date.parse(`${day}T00:00:00Z`))}`;
}
