import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type zhCN from './locales/zh-CN.json';
// The sign-in page's words come with the first page; every other string arrives with the signed-in layout
// (loadLanguage), in the one language shown: the first page stays small (issue 17 item 10).
import { auth as authEn, common as commonEn, errors as errorsEn } from './locales/en.json';
import { auth as authZh, common as commonZh, errors as errorsZh } from './locales/zh-CN.json';
import enUrl from './locales/en.json?url';
import zhCNUrl from './locales/zh-CN.json?url';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'mcn-desk.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

// Every string of a language is fetched as JSON (a hashed asset, cached for good) when the signed-in layout opens.
const allStrings: Record<Language, string> = { 'zh-CN': zhCNUrl, en: enUrl };
const loaded = new Map<Language, Promise<void>>();

async function fetchStrings(language: Language): Promise<void> {
  const response = await fetch(allStrings[language]);
  if (!response.ok) throw new Error(`The ${language} strings did not load (${response.status}).`);
  i18n.addResourceBundle(language, 'translation', await response.json(), true, true);
}

/** Fetches every string of the language once (the first page has only the sign-in page's). */
export function loadLanguage(language: Language): Promise<void> {
  let done = loaded.get(language);
  if (!done) {
    done = fetchStrings(language);
    done.catch(() => loaded.delete(language));
    loaded.set(language, done);
  }
  return done;
}

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the UI language once its strings are here (the promise settles then) and remembers the choice in this browser. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the switch still works for this visit.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { auth: authZh, common: commonZh, errors: errorsZh } },
    en: { translation: { auth: authEn, common: commonEn, errors: errorsEn } },
  },
  partialBundledLanguages: true,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  load: 'currentOnly',
  initAsync: false,
  showSupportNotice: false,
  interpolation: { escapeValue: false },
});

export { i18n };
