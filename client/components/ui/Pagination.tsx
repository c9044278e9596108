import { useTranslation } from 'react-i18next';
import { Button } from './Button';

type PaginationProps = { page: number; pageSize: number; total: number; onPageChange: (page: number) => void };

export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={t('pagination.label')} className="mt-3 flex items-center justify-between gap-4 text-sm text-slate-600">
      <p>{t('pagination.summary', { page, pages, total })}</p>
      <div className="flex gap-2">
        <Button size="sm" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          {t('pagination.previous')}
        </Button>
        <Button size="sm" disabled={page >= pages} onClick={() => onPageChange(page + 1)}>
          {t('pagination.next')}
        </Button>
      </div>
    </nav>
  );
}
