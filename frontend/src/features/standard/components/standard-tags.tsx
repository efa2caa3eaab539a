import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RuleFamily, StandardStatus } from '../api/list-standards'

const STATUS_COLORS: Record<StandardStatus, string> = {
  DRAFT: 'gold',
  PUBLISHED: 'green',
  RETIRED: 'default',
}

/** Bản nháp / Đã công bố / Ngừng áp dụng. */
export function StandardStatusTag({ status }: { status: StandardStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {t(`standard.status.${status}`)}
    </Tag>
  )
}

export function RuleFamilyLabel({ ruleFamily }: { ruleFamily: RuleFamily | undefined }) {
  const { t } = useTranslation()
  return ruleFamily ? <>{t(`standard.ruleFamily.${ruleFamily}`)}</> : null
}

/** "Tạm thời": a part of a published standard that may still be completed. */
export function ProvisionalTag() {
  const { t } = useTranslation()
  return (
    <Tag color="orange" data-testid="provisional-tag">
      {t('standard.provisional')}
    </Tag>
  )
}
