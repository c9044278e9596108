import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../server/shared/api/settings';
import { settingsOfStored } from '../../server/modules/settings/settings.service';

describe('settingsOfStored', () => {
  it.each([
    ['nothing stored', {}, defaultSettings],
    ['valid values', { maxDailyMinutes: 600, agencyName: '星河传媒' }, { ...defaultSettings, maxDailyMinutes: 600, agencyName: '星河传媒' }],
    ['one value the schema refuses: only it falls back', { maxDailyMinutes: 5000, agencyName: '星河传媒' }, { ...defaultSettings, agencyName: '星河传媒' }],
    ['a refused time zone and a repeated tier', { timezone: 'Mars/Olympus', hostTiers: ['A', 'A'], attributionGraceMinutes: 30 },
      { ...defaultSettings, attributionGraceMinutes: 30 }],
    ['a key no longer known is dropped', { retired: true, agencyName: '星河' }, { ...defaultSettings, agencyName: '星河' }],
  ])('when %s, then the settings keep every stored value the schema accepts', (_case, stored, expected) => {
    expect(settingsOfStored(stored)).toEqual(expected);
  });
});
