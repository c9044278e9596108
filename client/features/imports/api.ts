import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, pageSchema, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export const importStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const importSchema = z.object({
  id: z.number(),
  format: z.string().nullable(),
  fileName: z.string(),
  fileSize: z.number(),
  status: z.enum(importStatuses),
  progress: z.number().min(0).max(1),
  rowsRead: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  /** The first rejected rows only; `rejected` counts them all. */
  errors: z.array(z.object({ row: z.number(), message: z.string() })),
  message: z.string().nullable(),
  createdAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type Import = z.infer<typeof importSchema>;

export const isRunning = (status: ImportStatus) => status === 'queued' || status === 'running';

export const importKeys = {
  all: ['imports'] as const,
  list: (page: number) => ['imports', 'list', page] as const,
  one: (id: Id) => ['imports', 'one', String(id)] as const,
};

export function useImports(page: number) {
  return useQuery({
    queryKey: importKeys.list(page),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.imports, { page, pageSize: DEFAULT_PAGE_SIZE }), { schema: pageSchema(importSchema), signal }),
    placeholderData: keepPreviousData,
  });
}

const POLL_MS = 500;

/** One import, asked again every half second while it is queued or running. */
export function useImport(id: Id) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: importKeys.one(id),
    queryFn: ({ signal }) => apiRequest(apiPaths.importOne(id), { schema: importSchema, signal }),
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
      return apiRequest(apiPaths.imports, { method: 'POST', body: form, schema: z.object({ id: z.number() }) });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}
