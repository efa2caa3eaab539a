import { ExclamationCircleOutlined } from '@ant-design/icons'
import { Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { CampaignStatus, Step } from '../api/list-campaigns'
import type { ItemState } from '../api/list-items'

const STATUS_COLORS: Record<CampaignStatus, string> = {
  OPEN: 'blue',
  POSTING: 'gold',
  AWAITING_DECISION: 'purple',
  DECIDED: 'green',
}

/** Đang rà soát / Đang niêm yết / Chờ quyết định / Đã có quyết định. */
export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {t(`review.status.${status}`)}
    </Tag>
  )
}

const STATE_COLORS: Record<ItemState, string> = {
  LISTED: 'default',
  SCREENED_OUT: 'default',
  SURVEYED: 'blue',
  MEETING_PASSED: 'cyan',
  POSTED: 'gold',
  UNDER_RECHECK: 'orange',
  EXCLUDED: 'default',
  DECIDED: 'green',
}

/** Where a household of the campaign stands. */
export function ItemStateTag({ state }: { state: ItemState }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATE_COLORS[state]} data-state={state}>
      {t(`review.state.${state}`)}
    </Tag>
  )
}

/** The red "Trễ hạn" flag of a step or a re-check past its due date. */
export function LateFlag() {
  const { t } = useTranslation()
  return (
    <Tag color="red" icon={<ExclamationCircleOutlined />} data-testid="late-flag">
      {t('review.late')}
    </Tag>
  )
}

/** The steps past their due date, one red tag each; "none" when every step is on time. */
export function LateSteps({ steps }: { steps: readonly Step[] }) {
  const { t } = useTranslation()
  if (steps.length === 0) return <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('review.noLate')}</span>
  return (
    <Flex gap={4} wrap>
      {steps.map((step) => (
        <Tag key={step} color="red" icon={<ExclamationCircleOutlined />} data-testid="late-step" data-step={step} style={{ marginInlineEnd: 0 }}>
          {t(`review.step.${step}`)}
        </Tag>
      ))}
    </Flex>
  )
}
