import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/PageHeader';
import { useToast } from '../../../components/ui/Toast';
import { paths } from '../../../lib/paths';
import { useSaveDeal } from '../api';
import { emptyDealForm } from '../deal-form';
import { DealForm } from './DealForm';

export function DealCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const save = useSaveDeal(null);
  return (
    <section>
      <PageHeader title={t('deals.createTitle')} />
      <DealForm
        initial={emptyDealForm}
        current={null}
        pending={save.isPending}
        error={save.error}
        submitLabel={t('common.create')}
        onCancel={() => void navigate(paths.deals)}
        onSubmit={(input) =>
          save.mutate(input, {
            onSuccess: () => {
              toast.show(t('deals.created'));
              void navigate(paths.deals);
            },
          })
        }
      />
    </section>
  );
}
