import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { useToast } from '../../../components/ui/Toast';
import { paths } from '../../../lib/paths';
import { useDeal, useSaveDeal } from '../api';
import { dealPatch, dealToForm } from '../deal-form';
import { DealForm } from './DealForm';

export function DealEdit({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const deal = useDeal(id);
  const save = useSaveDeal(id);
  if (deal.isPending) return <Spinner />;
  if (deal.isError) return <ErrorAlert error={deal.error} onRetry={() => void deal.refetch()} />;
  const done = () => void navigate(paths.deals);
  return (
    <section>
      <PageHeader title={t('deals.editTitle', { id: deal.data.id })} />
      <DealForm
        initial={dealToForm(deal.data)}
        current={deal.data.status}
        pending={save.isPending}
        error={save.error}
        submitLabel={t('common.save')}
        onCancel={done}
        onSubmit={(input) => {
          const patch = dealPatch(input, deal.data);
          if (Object.keys(patch).length === 0) return done();
          save.mutate(patch, {
            onSuccess: () => {
              toast.show(t('deals.updated'));
              done();
            },
          });
        }}
      />
    </section>
  );
}
