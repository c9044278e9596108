import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { importPage, importStarted, importView, type Import, type ImportStatus } from '../../../server/shared/api/imports';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export type { Import, ImportStatus };

export const isRunning = (status: ImportStatus) => status === 'queued' || status === 'running';

export const importKeys = {
  all: ['imports'] as const,
  list: (page: number, status: string) => ['imports', 'list', page, status] as const,
  one: (id: Id) => ['imports', 'one', String(id)] as const,
};

/** The imports, newest first; `status` ('' for all) narrows them, as the dashboard's failed-imports link does. */
export function useImports(page: number, status = '') {
  return useQuery({
    queryKey: importKeys.list(page, status),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.imports, { page, pageSize: DEFAULT_PAGE_SIZE, status }), { schema: importPage, signal }),
    placeholderData: keepPreviousData,
  });
}

const POLL_MS = 500;

/** One import, asked again every half second while it is queued or running. */
export function useImport(id: Id) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: importKeys.one(id),
    queryFn: ({ signal }) => apiRequest(apiPaths.importOne(id), { schema: importView, signal }),
    refetchInterval: (q) => (q.state.data && !isRunning(q.state.data.status) ? false : POLL_MS),
    staleTime: 0,
  });
  const status = query.data?.status;
  // Once it has finished, the history and every order list are out of date.
  useEffect(() => {
    if (status && !isRunning(status)) {
      void queryClient.invalidateQueries({ queryKey: importKeys.all, predicate: (q) => q.queryKey[1] === 'list' });
      void queryClient.invalidateQueries({ queryKey: ['orders'] });
      void queryClient.invalidateQueries({ queryKey: ['ledger'] });
    }
  }, [status, queryClient]);
  return query;
}

export type UploadInput = { file: File; format: string };

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, format }: UploadInput) => {
      const form = new FormData();
      // The format goes first, so the server knows it before the file's bytes arrive.
      if (format) form.set('format', format);
      form.set('file', file, file.name);
      return apiRequest(apiPaths.imports, { method: 'POST', body: form, schema: importStarted });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}
