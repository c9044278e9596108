import { Alert } from '../../../components/ui/Alert';
import type { ConflictView } from '../conflicts';
import { useConflictLine } from './conflict-line';

type ConflictListProps = { conflicts: ConflictView[]; title: string; tone: 'warning' | 'error'; timeZone: string };

/** Every conflict: which rule, who, and the other session by title, room and time (SPEC 5). */
export function ConflictList({ conflicts, title, tone, timeZone }: ConflictListProps) {
  const line = useConflictLine(timeZone);
  if (conflicts.length === 0) return null;
  return (
    <Alert tone={tone} title={title}>
      <ul className="list-disc space-y-0.5 pl-5" data-testid={`conflicts-${tone}`}>
        {conflicts.map((c, i) => <li key={`${c.rule}-${c.sessionId ?? i}`}>{line(c)}</li>)}
      </ul>
    </Alert>
  );
}
