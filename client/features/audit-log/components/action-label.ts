import { useTranslation } from 'react-i18next';

/** Actions with a name in the UI; others (added by later features) show as the server writes them. */
export const KNOWN_ACTIONS = ['create', 'update', 'delete', 'archive', 'login', 'logout', 'reveal', 'revoke', 'approve', 'pay', 'close', 'amend'] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];

function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

export function useActionLabel(): (action: string) => string {
  const { t } = useTranslation();
  return (action) => (isKnownAction(action) ? t(`audit.actions.${action}`) : action);
}
