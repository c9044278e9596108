import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from '../../lib/i18n';
import { Button } from './Button';

/**
 * One button that offers the other language, named in that language ("English" / "中文").
 * `onSwitch` replaces the local switch, e.g. to keep the choice on the server for a signed-in user.
 */
export function LanguageSwitch({ onSwitch = setLanguage }: { onSwitch?: (language: Language) => void }) {
  useTranslation();
  const other = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button size="sm" lang={other} onClick={() => onSwitch(other)}>
      {other === 'en' ? 'English' : '中文'}
    </Button>
  );
}
