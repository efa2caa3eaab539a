import { useTranslation } from 'react-i18next'
import type { SupportKind } from '../api/list-kinds'

/** What a kind of support addresses: the indicators it targets and/or income. */
export function useKindAddresses(indicatorName: (code: string) => string) {
  const { t } = useTranslation()
  return (kind: Pick<SupportKind, 'indicators' | 'addressesIncome'>): string => {
    const parts = kind.indicators.map(indicatorName)
    if (kind.addressesIncome) parts.push(t('support.kind.income'))
    return parts.join(', ') || t('support.kind.nothing')
  }
}
