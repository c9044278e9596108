import type { SessionStatus } from '../../../server/domain/session-status';
import type { BadgeTone } from '../../components/ui/Badge';

// A session's colour tells its status at a glance: pale while planned, solid once confirmed, red
// while live, green when done, grey and struck through when cancelled.
export const blockClass: Record<SessionStatus, string> = {
  planned: 'border-sky-400 bg-sky-50 text-sky-900',
  confirmed: 'border-indigo-600 bg-indigo-100 text-indigo-950',
  live: 'border-rose-600 bg-rose-100 text-rose-950',
  completed: 'border-emerald-600 bg-emerald-50 text-emerald-950',
  cancelled: 'border-slate-300 bg-slate-100 text-slate-500 line-through',
};

export const statusTone: Record<SessionStatus, BadgeTone> = {
  planned: 'blue', confirmed: 'violet', live: 'red', completed: 'green', cancelled: 'neutral',
};
