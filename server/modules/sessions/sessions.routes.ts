import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam } from '../../shared/schemas';
import { localize } from '../../domain/text';
import {
  bookedSessionView, problemDetail, scheduleConflictDetail, seriesCancel, seriesRefusalDetail, seriesCancelled, seriesCreate, seriesCreated, sessionCreate, sessionPage, sessionPatch, sessionQuery, sessionResults, sessionView,
} from '../../shared/api/sessions';
import { cancelSeries, createSeries } from './series.service';
import { createSession, getSession, recordResults, searchSessions, updateSession } from './sessions.service';

export function sessionsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/sessions', tag: 'sessions', access: 'sessions.read',
      summary: 'Sessions overlapping [from, to), filtered by host, room, account or status',
      query: sessionQuery, response: sessionPage, handler: ({ query }) => searchSessions(deps, query),
    }),
    route({
      method: 'post', path: '/sessions', tag: 'sessions', access: 'sessions.write', status: 201,
      summary: 'Book a session (409 schedule_conflict lists every conflict; warnings past the daily limit)',
      body: sessionCreate, response: bookedSessionView, errorDetails: { schedule_conflict: scheduleConflictDetail }, handler: ({ body, actor }) => createSession(deps, actor, body),
    }),
    route({
      method: 'post', path: '/sessions/series', tag: 'sessions', access: 'sessions.write', status: 201,
      summary: 'Book a recurring series, all or nothing (409 lists the conflicting occurrences), or with skipConflicts the free occurrences only (the others listed as skipped); warnings past the daily limit',
      body: seriesCreate, response: seriesCreated, localized: true,
      errorDetails: { schedule_conflict: seriesRefusalDetail, unprocessable: z.union([seriesRefusalDetail, problemDetail]) },
      handler: ({ body, actor, locale }) => localize(createSeries(deps, actor, body), locale),
    }),
    route({
      method: 'post', path: '/sessions/series/:id/cancel', tag: 'sessions', access: 'sessions.write',
      summary: 'Cancel the occurrences of a series from a date on (all of them without a date)',
      params: idParam, body: seriesCancel, response: seriesCancelled, handler: ({ params, body, actor }) => cancelSeries(deps, actor, params.id, body),
    }),
    route({
      method: 'get', path: '/sessions/:id', tag: 'sessions', access: 'sessions.read', summary: 'One session',
      params: idParam, response: sessionView, handler: ({ params }) => getSession(deps, params.id),
    }),
    route({
      method: 'patch', path: '/sessions/:id', tag: 'sessions', access: 'sessions.write',
      summary: 'Move, resize, re-staff, change status or cancel (status: cancelled) a session',
      params: idParam, body: sessionPatch, response: bookedSessionView,
      errorDetails: { schedule_conflict: scheduleConflictDetail, period_locked: problemDetail, state_conflict: problemDetail }, handler: ({ params, body, actor }) => updateSession(deps, actor, params.id, body),
    }),
    route({
      method: 'put', path: '/sessions/:id/results', tag: 'sessions', access: 'sessions.write',
      summary: 'Record the results after the stream: actual start and end, peak viewers, GMV',
      params: idParam, body: sessionResults, response: sessionView, handler: ({ params, body, actor }) => recordResults(deps, actor, params.id, body),
    }),
  ];
}
