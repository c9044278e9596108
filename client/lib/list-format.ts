import { useTranslation } from 'react-i18next';

/** Names joined as the language writes a list: 图书、教育 in Chinese, "Books, Education" in English. */
export function joinList(items: readonly string[], language: string): string {
  return items.join(language.startsWith('zh') ? '、' : ', ');
}

/** `joinList` in the interface's current language (the component re-renders when it changes). */
export function useJoinList(): (items: readonly string[]) => string {
  const { i18n } = useTranslation();
  return (items) => joinList(items, i18n.language);
}
