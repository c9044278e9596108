import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/Badge';
import { DetailList } from '../../../components/ui/DetailList';
import type { Host } from '../api';

/** What the livestream-marketing rules need on file: birth date (and so age), guardian consent, real name, qualifications. */
export function HostCompliance({ host, qualifications }: { host: Host; qualifications: ReactNode }) {
  const { t } = useTranslation();
  const yesNo = (ok: boolean, yes: string, no: string) => <Badge tone={ok ? 'green' : 'amber'}>{ok ? yes : no}</Badge>;
  const minor = host.minor === true;

  return (
    <div className="space-y-6">
      <DetailList
        rows={[
          [t('hosts.fields.birthDate'), host.birthDateOnFile ? t('hosts.ageOnly', { age: host.age }) : <Badge tone="amber">{t('hosts.missing')}</Badge>],
          [t('hosts.fields.guardianConsent'), minor ? yesNo(host.guardianConsent, t('hosts.onFile'), t('hosts.missing')) : t('hosts.notNeeded')],
          [t('hosts.fields.realNameVerified'), yesNo(host.realNameVerified, t('hosts.verified'), t('hosts.notVerified'))],
        ]}
      />
      {qualifications}
    </div>
  );
}
