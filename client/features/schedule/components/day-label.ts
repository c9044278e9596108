import { useTranslation } from 'react-i18next';
import type { PlainDate } from '../../../../server/domain/dates';

/** '12-14 周一' / '12-14 Mon': the weekday of a plain date, named in the UI language. */
export function useDayLabel(): (day: PlainDate) => string {
  const { i18n } = useTranslation();
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  return (day) => `${day.slice(5)} ${weekday.format(Date.parse(`${day}T00:00:00Z`))}`;
}
