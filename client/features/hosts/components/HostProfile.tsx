import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../components/ui/DetailList';
import { useRosterLabels } from '../../../lib/roster-labels';
import { useFormatInstant } from '../../../lib/time-zone';
import { useAgents } from '../agents';
import { sensitiveFields, type Host } from '../api';
import { SensitiveValue } from './SensitiveValue';
import { useJoinList } from '../../../lib/list-format';

/** The host's fields; sensitive ones masked, with a reveal button for the roles that may see them. */
export function HostProfile({ host }: { host: Host }) {
  const { t } = useTranslation();
  const joinList = useJoinList();
  const label = useRosterLabels();
  const agents = useAgents();
  const formatInstant = useFormatInstant();
  const rows: [string, ReactNode][] = [
    [t('hosts.fields.stageName'), host.stageName],
    [t('hosts.fields.legalName'), host.legalName],
    [t('hosts.fields.status'), label.hostStatus(host.status)],
    [t('hosts.fields.agent'), agents.name(host.agentId)],
    [t('hosts.fields.tier'), host.tier ?? '—'],
    [t('hosts.fields.categories'), joinList(host.categories.map(label.category)) || '—'],
    [t('hosts.fields.joinDate'), host.joinDate ?? '—'],
    ...sensitiveFields.map((field): [string, ReactNode] => [t(`hosts.fields.${field}`), <SensitiveValue hostId={host.id} field={field} masked={host[field]} />]),
    [t('hosts.fields.birthDate'), <SensitiveValue hostId={host.id} field="birthDate" masked={host.birthDateOnFile ? t('hosts.ageOnly', { age: host.age }) : null} />],
    [t('hosts.fields.notes'), host.notes ? <span className="whitespace-pre-wrap">{host.notes}</span> : '—'],
    [t('hosts.fields.createdAt'), formatInstant(host.createdAt)],
    [t('hosts.fields.updatedAt'), formatInstant(host.updatedAt)],
  ];
  return <DetailList rows={rows} />;
}
