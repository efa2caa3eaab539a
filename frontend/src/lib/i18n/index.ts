import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { vi, type TranslationKey } from './vi'

export { type TranslationKey } from './vi'

export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'vi'

const STORAGE_KEY = 'giamngheo.language'

export const resources = {
  vi: { translation: vi },
  en: { translation: en },
} as const

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value)
}

export function isTranslationKey(key: string): key is TranslationKey {
  return Object.hasOwn(vi, key)
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE
  } catch {
    return DEFAULT_LANGUAGE
  }
}

function applyLanguage(language: string): void {
  dayjs.locale(isLanguage(language) ? language : DEFAULT_LANGUAGE)
  document.documentElement.lang = language
}

/** Starts i18next with the language the user chose last time (Vietnamese by default). */
export function initI18n(language: Language = storedLanguage()): typeof i18n {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyLanguage)
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES,
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    })
    applyLanguage(language)
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language)
  }
  return i18n
}

/** Switches the UI language and remembers the choice in localStorage. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private mode or storage disabled: the switch still applies to this session.
  }
  await i18n.changeLanguage(language)
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
}

export { i18n }
