import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HouseholdStatus } from '../api/list-households'

/** Đang quản lý / Đã đóng hồ sơ. */
export function HouseholdStatusTag({ status }: { status: HouseholdStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={status === 'ACTIVE' ? 'green' : 'default'} data-status={status}>
      {t(`household.status.${status}`)}
    </Tag>
  )
}
