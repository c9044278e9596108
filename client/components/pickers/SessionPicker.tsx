import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sessionView } from '../../../server/shared/api/sessions';
import { pageOf } from '../../../server/shared/schemas';
import { apiPaths, withQuery } from '../../lib/paths';
import { useFormatInstant } from '../../lib/time-zone';
import { Combobox } from '../ui/Combobox';
import { usePickedItem, usePickerSearch, type PickerProps } from './picker-query';

const sessionOption = sessionView.pick({ id: true, title: true, startsAt: true, endsAt: true, status: true, platformLiveId: true });
export type SessionOption = z.infer<typeof sessionOption>;

/** A session, newest first, found by its title, a host's name, its live-room id or its number; `hostId` narrows it to one host's. */
export function SessionPicker({ value, onChange, hostId, ...rest }: PickerProps<SessionOption> & { hostId?: number | null }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const search = usePickerSearch(
    ['sessions', hostId ?? 'any'],
    (q) => withQuery(apiPaths.sessions, { q, hostId, order: 'desc', pageSize: 20 }),
    pageOf(sessionOption),
  );
  const picked = usePickedItem(value, ['sessions'], (id) => apiPaths.session(id), sessionOption);
  const title = (s: SessionOption) => s.title || t('pickers.untitledSession', { id: s.id });
  return (
    <Combobox<SessionOption>
      {...rest}
      placeholder={rest.placeholder ?? t('pickers.sessionPlaceholder')}
      items={search.items}
      loading={search.loading}
      selectedItem={picked.item}
      onInputChange={search.setText}
      onSelect={(session) => { picked.remember(session); onChange(session?.id ?? null, session); }}
      itemKey={(s) => s.id}
      itemLabel={title}
      itemDetail={(s) => `${formatInstant(s.startsAt)}${s.platformLiveId ? ` · ${s.platformLiveId}` : ''}`}
    />
  );
}
