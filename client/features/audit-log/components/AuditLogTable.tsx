import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { Table, type Column } from '../../../components/ui/Table';
import { useFormatInstant } from '../../../lib/time-zone';
import type { AuditEntry } from '../api';
import { useActionLabel } from './action-label';
import { useEntityLabel } from './entity-label';
import { AuditDiff } from './AuditDiff';

const actionTones: Record<string, BadgeTone> = { create: 'green', update: 'blue', delete: 'red', archive: 'amber', reveal: 'violet', revoke: 'red' };

/** Who acted, by name, their email on hover; the system when no one did. */
function Actor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.actorId === null) return t('audit.system');
  return <span title={entry.actorEmail ?? undefined}>{entry.actorName ?? entry.actorEmail ?? String(entry.actorId)}</span>;
}

export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const actionLabel = useActionLabel();
  const entityLabel = useEntityLabel();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.fields.at'), cell: (e) => <time dateTime={e.at}>{formatInstant(e.at)}</time>, className: 'whitespace-nowrap' },
    { key: 'actor', header: t('audit.fields.actor'), cell: (e) => <Actor entry={e} />, className: 'whitespace-nowrap' },
    { key: 'action', header: t('audit.fields.action'), cell: (e) => <Badge tone={actionTones[e.action] ?? 'neutral'}>{actionLabel(e.action)}</Badge> },
    { key: 'entity', header: t('audit.fields.entity'), cell: (e) => <span title={e.entity}>{entityLabel(e.entity)}</span>, className: 'whitespace-nowrap' },
    { key: 'entityId', header: t('audit.fields.entityId'), cell: (e) => (e.entityId === null || e.entityId === undefined ? '—' : String(e.entityId)) },
    {
      key: 'details',
      header: <span className="sr-only">{t('audit.details')}</span>,
      cell: (e) => {
        const expanded = open.has(String(e.id));
        return (
          <Button size="sm" variant="ghost" aria-expanded={expanded} aria-controls={`audit-diff-${e.id}`} onClick={() => toggle(String(e.id))}>
            {expanded ? t('audit.hideChanges') : t('audit.showChanges')}
          </Button>
        );
      },
    },
  ];

  return (
    <Table
      caption={t('audit.title')}
      columns={columns}
      rows={entries}
      rowKey={(e) => e.id}
      emptyMessage={t('audit.empty')}
      renderExpanded={(e) => (open.has(String(e.id)) ? <AuditDiff id={`audit-diff-${e.id}`} before={e.before} after={e.after} /> : null)}
    />
  );
}
