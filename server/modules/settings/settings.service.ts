import { localDateOf } from '../../domain/periods';
import type { Actor, AppDeps } from '../../http/context';
import { recordAudit } from '../audit/audit.repo';
import { defaultSettings, settingsSchema, type Settings } from './settings.schemas';
import { readSettingsRows, writeSetting } from './settings.repo';

/** The agency settings: stored values over the defaults. */
export function currentSettings(deps: Pick<AppDeps, 'db'>): Settings {
  const merged = { ...defaultSettings, ...readSettingsRows(deps.db) };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultSettings;
}

export function updateSettings(deps: AppDeps, actor: Actor, patch: Partial<Settings>): Settings {
  return deps.db.transaction((tx) => {
    const before = currentSettings({ db: tx });
    const at = deps.clock.now();
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) writeSetting(tx, key, value, at);
    }
    const after = currentSettings({ db: tx });
    recordAudit(tx, { actor, at, action: 'update', entity: 'settings', entityId: null, before, after });
    return after;
  });
}

/** Today's date in the agency time zone: the day rules such as age and expiry are judged on. */
export function agencyToday(deps: Pick<AppDeps, 'db' | 'clock'>): string {
  return localDateOf(deps.clock.now(), currentSettings(deps).timezone);
}
