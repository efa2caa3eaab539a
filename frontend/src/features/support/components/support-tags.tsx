import { Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ItemStatus } from '../api/get-plan'
import type { SupportType } from '../api/list-targets'
import type { FindingOutcome } from '../api/pair-groups'

const STATUS_COLORS: Record<ItemStatus, string> = { PLANNED: 'blue', DELIVERED: 'green', CANCELLED: 'default' }
const OUTCOME_COLORS: Record<FindingOutcome, string> = { DELIVERED: 'green', NOT_DELIVERED: 'red', NOT_USED: 'orange' }

/** How the household is poor, for support (old age, illness, with land and labour, other). */
export function SupportTypeTag({ value }: { value: SupportType }) {
  const { t } = useTranslation()
  return <Tag color={value === 'LAND_AND_LABOUR' ? 'geekblue' : undefined}>{t(`support.type.${value}`)}</Tag>
}

/** Poor with land and labour: the households support should reach first. */
export function PriorityTag() {
  const { t } = useTranslation()
  return (
    <Tooltip title={t('support.priority.hint')}>
      <Tag color="magenta" data-testid="priority-tag">
        {t('support.priority.tag')}
      </Tag>
    </Tooltip>
  )
}

export function ItemStatusTag({ value }: { value: ItemStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATUS_COLORS[value]} data-status={value}>
      {t(`support.item.status.${value}`)}
    </Tag>
  )
}

export function FindingOutcomeTag({ value }: { value: FindingOutcome }) {
  const { t } = useTranslation()
  return <Tag color={OUTCOME_COLORS[value]}>{t(`support.finding.outcome.${value}`)}</Tag>
}
