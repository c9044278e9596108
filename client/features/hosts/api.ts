import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { sensitiveFields as allSensitiveFields, type Category, type Platform, type SensitiveField } from '../../../server/domain/roster';
import type { HostStatus } from '../../../server/domain/host-status';
import { hostView, revealView, type hostPatch } from '../../../server/shared/api/hosts';
import { hostImportResult, type HostImportResult } from '../../../server/shared/api/roster-sheets';
import { pageOf } from '../../../server/shared/schemas';
import { currentLanguage } from '../../lib/i18n';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

/** The sensitive values typed and shown masked; the birth date is never shown, only the age (see HostProfile). */
export const sensitiveFields = allSensitiveFields.filter((f): f is Exclude<SensitiveField, 'birthDate'> => f !== 'birthDate');
export type MaskedField = (typeof sensitiveFields)[number];
export { type HostImportResult, type SensitiveField };

/** A host as every answer carries it: the sensitive fields already masked by the server. */
export type Host = z.infer<typeof hostView>;

const hostPageSchema = pageOf(hostView);

export type HostSort = 'stageName' | 'joinDate' | 'createdAt';
export type HostListParams = {
  page: number;
  pageSize?: number;
  q?: string;
  status?: HostStatus | '';
  agentId?: string;
  platform?: Platform | '';
  tier?: string;
  category?: Category | '';
  sort?: HostSort;
  order?: 'asc' | 'desc';
  archived?: 'include' | 'only';
};

export const hostKeys = {
  all: ['hosts'] as const,
  list: (params: HostListParams) => ['hosts', 'list', params] as const,
  one: (id: Id) => ['hosts', 'one', String(id)] as const,
};

export function useHosts(params: HostListParams) {
  return useQuery({
    queryKey: hostKeys.list(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.hosts, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: hostPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useHost(id: Id) {
  return useQuery({ queryKey: hostKeys.one(id), queryFn: ({ signal }) => apiRequest(apiPaths.host(id), { schema: hostView, signal }) });
}

/** What a form sends: sensitive values in clear, only when typed (the masked ones are never sent back). */
export type HostInput = z.input<typeof hostPatch>;

export function useCreateHost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HostInput) => apiRequest(apiPaths.hosts, { method: 'POST', body: input, schema: hostView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hostKeys.all }),
  });
}

export function useUpdateHost(id: Id) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: HostInput) => apiRequest(apiPaths.host(id), { method: 'PATCH', body: changes, schema: hostView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hostKeys.all }),
  });
}

export function useArchiveHost(id: Id) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(apiPaths.hostArchive(id), { method: 'POST', schema: hostView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hostKeys.all }),
  });
}

/** One sensitive value in clear; the server records who asked. Never cached: each reveal is its own audited act. */
export function useRevealHostField(id: Id) {
  return useMutation({
    mutationFn: (field: SensitiveField) => apiRequest(apiPaths.hostReveal(id), { method: 'POST', body: { field }, schema: revealView }),
  });
}

/** Imports a sheet of hosts; the answer lists the rows refused, with their row number and reason. */
export function useImportHosts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file, file.name);
      return apiRequest(apiPaths.hostsImport, { method: 'POST', body: form, schema: hostImportResult });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hostKeys.all }),
  });
}

/** The export of the list as filtered now (the page is not a filter: the export has every match), headers and labels in the UI's language. */
export function hostsExportUrl({ page: _page, pageSize: _pageSize, ...filters }: HostListParams): string {
  return withQuery(apiPaths.hostsExport, { ...filters, lang: currentLanguage() });
}
