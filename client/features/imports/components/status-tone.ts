import type { BadgeTone } from '../../../components/ui/Badge';
import type { ImportStatus } from '../api';

export const importStatusTone: Record<ImportStatus, BadgeTone> = { queued: 'neutral', running: 'blue', succeeded: 'green', failed: 'red' };
