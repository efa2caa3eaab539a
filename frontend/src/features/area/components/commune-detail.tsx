import { Alert, Card, Descriptions, type DescriptionsProps } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate } from '@/lib/format'
import type { Area } from '../api/get-area'
import { AreaTypeLabel, UnitTypeTag } from './unit-type-tag'

/** The facts of one commune (or ward / special zone): names, type, validity, successor. */
export function CommuneDetail({ area }: { area: Area }) {
  const { t } = useTranslation()
  const expired = area.validTo != null && dayjs(area.validTo).isBefore(dayjs(), 'day')

  const items: DescriptionsProps['items'] = [
    { key: 'code', label: t('area.field.code'), children: area.code },
    { key: 'fullName', label: t('area.field.fullName'), children: area.fullName },
    { key: 'nameEn', label: t('area.field.nameEn'), children: area.nameEn },
    { key: 'unitType', label: t('area.field.unitType'), children: <UnitTypeTag unitType={area.unitType} /> },
    { key: 'areaType', label: t('area.field.areaType'), children: <AreaTypeLabel areaType={area.areaType} /> },
    {
      key: 'province',
      label: t('area.field.province'),
      children: area.provinceCode ? <Link to={`/areas/${area.provinceCode}`}>{area.provinceName}</Link> : null,
    },
    { key: 'validFrom', label: t('area.field.validFrom'), children: formatDate(area.validFrom) },
    ...(area.validTo ? [{ key: 'validTo', label: t('area.field.validTo'), children: formatDate(area.validTo) }] : []),
    ...(area.successorCode
      ? [
          {
            key: 'successor',
            label: t('area.field.successor'),
            children: <Link to={`/communes/${area.successorCode}`}>{area.successorCode}</Link>,
          },
        ]
      : []),
  ]

  return (
    <Card title={t('area.commune.details')} style={{ marginBottom: 16 }}>
      {expired && <Alert type="warning" showIcon title={t('area.commune.inactive')} style={{ marginBottom: 16 }} />}
      <Descriptions items={items} column={{ xs: 1, md: 2 }} size="small" />
    </Card>
  )
}
