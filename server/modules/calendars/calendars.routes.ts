import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { feedFile, feedTarget, feedView } from '../../shared/api/calendars';
import { feedOf, renderFeed, rotateFeed } from './calendars.service';

const kindOf = (k: 'hosts' | 'rooms') => (k === 'hosts' ? 'host' : 'room');

export function calendarsRoutes(deps: AppDeps) {
  return [
    // Before '/calendars/:kind/:id', which would otherwise take 'feeds' for a kind.
    route({
      method: 'get', path: '/calendars/feeds/:file', tag: 'calendars', access: 'public', produces: 'text/calendar',
      summary: 'The feed itself (RFC 5545), for a phone calendar subscription; the token is the credential',
      params: feedFile,
      handler: ({ params, res }) => {
        const body = renderFeed(deps, params.file.replace(/\.ics$/, ''));
        res.type('text/calendar; charset=utf-8').set('Cache-Control', 'private, max-age=300').send(body);
      },
    }),
    route({
      method: 'get', path: '/calendars/:kind/:id', tag: 'calendars', access: 'sessions.read',
      summary: 'The iCalendar feed URL of a host or a room (created on first request)',
      params: feedTarget, response: feedView, handler: ({ params, actor }) => feedOf(deps, actor, kindOf(params.kind), params.id),
    }),
    route({
      method: 'post', path: '/calendars/:kind/:id/rotate', tag: 'calendars', access: 'sessions.write',
      summary: 'Replace the secret of a feed URL; the old URL stops working',
      params: feedTarget, response: feedView, handler: ({ params, actor }) => rotateFeed(deps, actor, kindOf(params.kind), params.id),
    }),
  ];
}
