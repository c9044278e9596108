import { z } from 'zod';
import { schemaText } from '../../domain/text';

const knownZones = new Set<string>();

// Settings are read on every request; remember the zones Intl has already accepted.
function isTimeZone(tz: string): boolean {
  if (knownZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    knownZones.add(tz);
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z.object({
  timezone: z.string().refine(isTimeZone, schemaText('Expected an IANA time zone such as Asia/Shanghai', '应为 IANA 时区，例如 Asia/Shanghai')),
  maxDailyMinutes: z.number().int().min(1).max(1440),
  attributionGraceMinutes: z.number().int().min(0).max(1440),
  /** The agency's name as printed on statements (结算单). */
  agencyName: z.string().trim().min(1).max(100),
  /** The tiers (级别) a host may be given, in the agency's order, best first. */
  hostTiers: z.array(z.string().trim().min(1).max(32)).min(1).max(20)
    .refine((tiers) => new Set(tiers).size === tiers.length, schemaText('Each tier may appear only once', '每个级别只能出现一次')),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The settings as the API answers them: what the server stored has passed settingsSchema already. */
export const settingsView = settingsSchema.extend({ timezone: z.string() });

export const defaultSettings: Settings = {
  timezone: 'Asia/Shanghai',
  maxDailyMinutes: 480,
  attributionGraceMinutes: 0,
  agencyName: 'MCN 机构',
  hostTiers: ['S', 'A', 'B', 'C'],
};

export const settingsPatch = settingsSchema.partial().strict();
