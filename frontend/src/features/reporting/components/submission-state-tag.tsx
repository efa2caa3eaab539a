import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SubmissionState } from '../api/list-submissions'

const STATE_COLORS: Record<SubmissionState, string> = {
  NOT_YET_DUE: 'default',
  OPEN: 'blue',
  OVERDUE: 'red',
  SUBMITTED_ON_TIME: 'green',
  SUBMITTED_LATE: 'orange',
  RETURNED: 'magenta',
  ACCEPTED: 'cyan',
}

/** Chưa đến kỳ / Đang mở / Quá hạn (red) / Đã gửi đúng hạn / Đã gửi muộn (orange) / Bị trả lại / Đã tiếp nhận. */
export function SubmissionStateTag({ state }: { state: SubmissionState }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATE_COLORS[state]} data-state={state}>
      {t(`reporting.state.${state}`)}
    </Tag>
  )
}
