import { ComplianceList } from '../../features/compliance/components/ComplianceList';

export function ComplianceRoute() {
  return <ComplianceList />;
}
