import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { settingsPatch, settingsView } from '../../shared/api/settings';
import { currentSettings, updateSettings } from './settings.service';

export function settingsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/settings', tag: 'settings', access: 'settings.read',
      summary: 'The agency settings', response: settingsView,
      handler: () => currentSettings(deps),
    }),
    route({
      method: 'patch', path: '/settings', tag: 'settings', access: 'settings.write',
      summary: 'Change agency settings', body: settingsPatch, response: settingsView,
      handler: ({ body, actor }) => updateSettings(deps, actor, body),
    }),
  ];
}
