import { useTranslation } from 'react-i18next';

/**
 * What the server's audit entries name (the `entity` of recordAudit), with a name in the UI. The filter offers these;
 * an entity written by a later feature and not yet named here shows as the server writes it.
 * tests/unit/audit-labels.test.ts checks that every entity the server writes is here.
 */
export const KNOWN_ENTITIES = [
  'host', 'account', 'qualification', 'contract', 'brand', 'deal', 'session', 'session_series', 'room', 'host_calendar', 'room_calendar',
  'import', 'order', 'reconciliation', 'settlement', 'statement', 'cost', 'period', 'user', 'api_token', 'settings',
] as const;
type KnownEntity = (typeof KNOWN_ENTITIES)[number];

function isKnownEntity(entity: string): entity is KnownEntity {
  return (KNOWN_ENTITIES as readonly string[]).includes(entity);
}

export function useEntityLabel(): (entity: string) => string {
  const { t } = useTranslation();
  return (entity) => (isKnownEntity(entity) ? t(`audit.entities.${entity}`) : entity);
}
