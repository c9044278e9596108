import { useTranslation } from 'react-i18next';

/**
 * Actions with a name in the UI; others (added by later features) show as the server writes them.
 * tests/unit/audit-labels.test.ts checks that every action the server writes is here.
 */
export const KNOWN_ACTIONS = [
  'create', 'update', 'delete', 'archive', 'cancel', 'login', 'logout', 'change_password', 'reveal', 'revoke', 'rotate', 'assign',
  'run', 'adjust', 'remove_adjustment', 'approve', 'pay', 'payout', 'reconcile', 'unreconcile', 'close', 'amend',
] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];

function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

export function useActionLabel(): (action: string) => string {
  const { t } = useTranslation();
  return (action) => (isKnownAction(action) ? t(`audit.actions.${action}`) : action);
}
