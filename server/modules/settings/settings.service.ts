import { localDateOf } from '../../domain/periods';
import type { Actor, AppDeps } from '../../http/context';
import { recordAudit } from '../audit/audit.repo';
import { defaultSettings, settingsSchema, type Settings } from './settings.schemas';
import { readSettingsText, writeSetting } from './settings.repo';

let parsedLast: { text: string; settings: Settings } | undefined;

/** The agency settings: stored values over the defaults. The parse is redone only when the stored text changes. */
export function currentSettings(deps: Pick<AppDeps, 'sqlite'>): Settings {
  const text = readSettingsText(deps.sqlite);
  if (parsedLast?.text !== text) {
    const parsed = settingsSchema.safeParse({ ...defaultSettings, ...(JSON.parse(text) as Record<string, unknown>) });
    parsedLast = { text, settings: parsed.success ? parsed.data : defaultSettings };
  }
  return parsedLast.settings;
}

export function updateSettings(deps: AppDeps, actor: Actor, patch: Partial<Settings>): Settings {
  return deps.db.transaction((tx) => {
    const before = currentSettings(deps);
    const at = deps.clock.now();
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) writeSetting(tx, key, value, at);
    }
    const after = currentSettings(deps);
    recordAudit(tx, { actor, at, action: 'update', entity: 'settings', entityId: null, before, after });
    return after;
  });
}

/** Today's date in the agency time zone: the day rules such as age and expiry are judged on. */
export function agencyToday(deps: Pick<AppDeps, 'sqlite' | 'clock'>): string {
  return localDateOf(deps.clock.now(), currentSettings(deps).timezone);
}
