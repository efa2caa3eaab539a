import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Light } from '../api/get-dashboard'

const COLORS: Record<Light, string> = {
  GREEN: 'green',
  AMBER: 'gold',
  RED: 'red',
  NO_DATA: 'default',
}

/** Where a target stands: on track (green), a little behind (amber), far behind (red), or no data yet. */
export function TrafficLightTag({ light }: { light: Light }) {
  const { t } = useTranslation()
  return (
    <Tag color={COLORS[light]} data-light={light} title={t(`dashboard.light.${light}.hint`)}>
      {t(`dashboard.light.${light}`)}
    </Tag>
  )
}
