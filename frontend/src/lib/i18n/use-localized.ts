import { useTranslation } from 'react-i18next'

/**
 * Picks the text of the UI language from data that carries both (a standard's `name` and
 * `nameEn`, an explanation's `text` and `textEn`); falls back to whichever is present.
 */
export function useLocalized(): (vi: string | null | undefined, en: string | null | undefined) => string {
  const { i18n } = useTranslation()
  const english = i18n.language === 'en'
  return (vi, en) => (english ? en || vi : vi || en) ?? ''
}
