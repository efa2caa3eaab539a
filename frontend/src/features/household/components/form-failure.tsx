import { useTranslation } from 'react-i18next'
import { ProblemAlert, type Failure } from '@/components/problem-alert'

export type { Failure } from '@/components/problem-alert'

/**
 * Why a write failed, above the form: a conflict (412: someone else changed the household) offers
 * to reload; other problems show their translated message and the violations left over.
 */
export function FormFailure({ failure, onReload }: { failure: Failure | undefined; onReload?: () => void }) {
  const { t } = useTranslation()
  return <ProblemAlert failure={failure} conflictText={t('household.conflict')} onReload={onReload} />
}
