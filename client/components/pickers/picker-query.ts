import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { useDebounced } from '../../lib/use-debounced';
import type { ControlProps } from '../ui/Field';

/** What every entity picker takes: the chosen id (null for none) and a callback with the id and the item. */
export type PickerProps<T> = Partial<ControlProps> & {
  value: number | null;
  onChange: (id: number | null, item: T | null) => void;
  placeholder?: string;
  disabled?: boolean;
  className?: string;
};

type Page<T> = { items: T[] };

/**
 * The options for the typed text, from a server search (debounced). Only an answer to the text as it stands is
 * offered: a stale list under newer text would let a quick Enter pick what no longer matches.
 */
export function usePickerSearch<T>(key: readonly unknown[], url: (q: string) => string, schema: z.ZodType<Page<T>>, enabled = true) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 200);
  const query = useQuery({
    queryKey: [...key, 'picker', q],
    queryFn: ({ signal }) => apiRequest(url(q), { schema, signal }),
    enabled,
    staleTime: 30_000,
  });
  const current = q === text.trim();
  return { items: current ? (query.data?.items ?? []) : [], loading: !current || query.isFetching, setText };
}

/**
 * The item behind the chosen id: the one just picked, else read by id (a filter restored from the URL).
 * `find` answers from a list already on the client, when the picker has one.
 */
export function usePickedItem<T extends { id: number }>(
  value: number | null, key: readonly unknown[], url: (id: number) => string, schema: z.ZodType<T>, enabled = true,
) {
  const [picked, setPicked] = useState<T | null>(null);
  const known = picked && picked.id === value ? picked : null;
  const query = useQuery({
    queryKey: [...key, 'one', String(value), 'picker'],
    queryFn: ({ signal }) => apiRequest(url(value ?? 0), { schema, signal }),
    enabled: enabled && value !== null && known === null,
    staleTime: 5 * 60_000,
    retry: false,
  });
  const item = value === null ? null : (known ?? query.data ?? null);
  return { item, remember: setPicked };
}

/** A picker's id from a form or URL value kept as text ('' or anything but digits is none), and back. */
export const pickedId = (value: string): number | null => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : null);
export const idText = (id: number | null): string => (id === null ? '' : String(id));
