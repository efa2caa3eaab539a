import { EnvironmentOutlined } from '@ant-design/icons'
import { Button, Card, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Schemas } from '@/lib/api-client'

type JurisdictionArea = Schemas['CurrentUserView']['areas'][number]

function areaPath(area: JurisdictionArea): string {
  if (area.level === 'PROVINCE') return `/areas/${area.code}`
  return area.provinceCode ? `/areas/${area.provinceCode}/communes/${area.code}` : `/communes/${area.code}`
}

/** Shortcuts to the areas the user is responsible for (a commune officer's own commune). */
export function MyAreasCard({ areas }: { areas: JurisdictionArea[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  if (areas.length === 0) return null
  return (
    <Card size="small" title={t('area.myAreas.title')} style={{ marginBottom: 16 }}>
      <Space wrap>
        {areas.map((area) => (
          <Button key={area.code} icon={<EnvironmentOutlined />} onClick={() => void navigate(areaPath(area))}>
            {area.fullName}
          </Button>
        ))}
      </Space>
    </Card>
  )
}
