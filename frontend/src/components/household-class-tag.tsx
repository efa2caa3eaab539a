import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Schemas } from '@/lib/api-client'

type HouseholdClass = Schemas['HouseholdClass']

const COLORS: Record<HouseholdClass, string> = {
  POOR: 'red',
  NEAR_POOR: 'orange',
  AVERAGE_LIVING: 'gold',
  NOT_POOR: 'green',
}

/** Hộ nghèo / Hộ cận nghèo / Hộ có mức sống trung bình / Không nghèo, in its colour. */
export function HouseholdClassTag({ value, large = false }: { value: HouseholdClass; large?: boolean }) {
  const { t } = useTranslation()
  return (
    <Tag
      color={COLORS[value]}
      data-class={value}
      style={large ? { fontSize: 20, lineHeight: '32px', padding: '2px 14px', fontWeight: 600 } : undefined}
    >
      {t(`classification.class.${value}`)}
    </Tag>
  )
}
