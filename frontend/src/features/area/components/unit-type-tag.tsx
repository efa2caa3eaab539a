import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { isTranslationKey } from '@/lib/i18n'

const COLORS: Record<string, string> = {
  MUNICIPALITY: 'volcano',
  PROVINCE: 'geekblue',
  WARD: 'blue',
  COMMUNE: 'green',
  SPECIAL_ZONE: 'purple',
}

/** Badge for the kind of administrative unit: Phường / Xã / Đặc khu, Tỉnh / Thành phố. */
export function UnitTypeTag({ unitType }: { unitType: string }) {
  const { t } = useTranslation()
  const key = `area.unitType.${unitType}`
  return (
    <Tag color={COLORS[unitType]} data-unit-type={unitType}>
      {isTranslationKey(key) ? t(key) : unitType}
    </Tag>
  )
}

/** Thành thị / Nông thôn: decides which poverty line applies. */
export function AreaTypeLabel({ areaType }: { areaType: string | null | undefined }) {
  const { t } = useTranslation()
  if (!areaType) return null
  const key = `area.areaType.${areaType}`
  return <>{isTranslationKey(key) ? t(key) : areaType}</>
}
