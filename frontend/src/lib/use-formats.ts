import { useTranslation } from 'react-i18next'
import { formatNumber, formatRate, formatShare } from './format'

/** Number formats in the UI language: rates ("4,1 %"), shares of one ("87,5 %") and counts ("5.000"). */
export function useFormats() {
  const { i18n } = useTranslation()
  const language = i18n.language
  return {
    rate: (value: number | null | undefined, digits?: number) => formatRate(value, language, digits),
    share: (value: number | null | undefined, digits?: number) => formatShare(value, language, digits),
    number: (value: number | null | undefined, digits?: number) => formatNumber(value, language, digits),
  }
}
