import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage } from '../../lib/i18n';
import { Button } from './Button';

/** One button that offers the other language, named in that language ("English" / "中文"). */
export function LanguageSwitch() {
  useTranslation();
  const other = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button size="sm" lang={other} onClick={() => setLanguage(other)}>
      {other === 'en' ? 'English' : '中文'}
    </Button>
  );
}
