import clsx from 'clsx';
import { Fragment, type ReactNode } from 'react';

export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  className?: string;
  /** For a sortable column: how the rows are sorted by it now (aria-sort). */
  sort?: 'ascending' | 'descending' | 'none';
};

type TableProps<T> = {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  emptyMessage: string;
  /** Content of a full-width row under a row (e.g. its details), or null for none. */
  renderExpanded?: (row: T) => ReactNode | null;
  /** A totals row at the foot, by column key (a column without an entry stays empty); shown only with rows. */
  footer?: Partial<Record<string, ReactNode>>;
  /** Many narrow columns (figures): tighter cells and smaller headers. */
  dense?: boolean;
};

/** A data table with a caption for screen readers and a row that says so when there is nothing to show. */
export function Table<T>({ caption, columns, rows, rowKey, emptyMessage, renderExpanded, footer, dense = false }: TableProps<T>) {
  const cell = dense ? 'px-2 py-2' : 'px-4 py-2.5';
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" aria-sort={column.sort} className={clsx(cell, 'text-left font-semibold whitespace-nowrap text-slate-700', dense && 'text-xs', column.className)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="px-4 py-10 text-center text-slate-500">
                {emptyMessage}
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const expanded = renderExpanded?.(row) ?? null;
            return (
              <Fragment key={rowKey(row)}>
                <tr className="hover:bg-slate-50">
                  {columns.map((column) => (
                    <td key={column.key} className={clsx(cell, 'align-top', column.className)}>
                      {column.cell(row)}
                    </td>
                  ))}
                </tr>
                {expanded !== null && (
                  <tr className="bg-slate-50">
                    <td colSpan={columns.length} className="px-4 py-3">
                      {expanded}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
        {footer && rows.length > 0 && (
          <tfoot className="border-t-2 border-slate-200 bg-slate-50 font-semibold text-slate-900">
            <tr>
              {columns.map((column) => (
                <td key={column.key} className={clsx(cell, 'align-top', column.className)}>
                  {footer[column.key]}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
