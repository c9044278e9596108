import { writeTransaction } from '../../db/write';
import type Database from 'better-sqlite3';
import { localDateOf } from '../../domain/zones';
import type { Actor, AppDeps } from '../../deps';
import { recordAudit } from '../../db/audit';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/api/settings';
import { readSettingsText, readSettingsVersion, writeSetting } from './settings.repo';

let parsedLast: { text: string; settings: Settings } | undefined;

/**
 * Stored values over the defaults. A stored value the schema no longer accepts (written by an older version, or
 * by hand) falls back to its own default; the other stored values stay.
 */
export function settingsOfStored(stored: Record<string, unknown>): Settings {
  const merged: Record<string, unknown> = { ...defaultSettings, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && key in defaultSettings) merged[key] = defaultSettings[key as keyof Settings];
  }
  const repaired = settingsSchema.safeParse(merged);
  return repaired.success ? repaired.data : defaultSettings;
}

/** The settings a stored text stands for; the parse is redone only when the text changes. */
function settingsOfText(text: string): Settings {
  if (parsedLast?.text !== text) parsedLast = { text, settings: settingsOfStored(JSON.parse(text) as Record<string, unknown>) };
  return parsedLast.settings;
}

const known = new WeakMap<Database.Database, { version: number; settings: Settings }>();

/**
 * The agency settings: stored values over the defaults. Nearly every request asks, so outside a
 * transaction only their version is read while it stands still (one row, against building the JSON
 * of them all). Inside one the text is read each time: a version seen there may still be rolled back,
 * and later reached again with other values.
 */
export function currentSettings(deps: Pick<AppDeps, 'sqlite'>): Settings {
  const { sqlite } = deps;
  if (sqlite.inTransaction) return settingsOfText(readSettingsText(sqlite));
  const version = readSettingsVersion(sqlite);
  const last = known.get(sqlite);
  if (last?.version === version) return last.settings;
  const settings = settingsOfText(readSettingsText(sqlite));
  known.set(sqlite, { version, settings });
  return settings;
}

export function updateSettings(deps: AppDeps, actor: Actor, patch: Partial<Settings>): Settings {
  return writeTransaction(deps.db, (tx) => {
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
