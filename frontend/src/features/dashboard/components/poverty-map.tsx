import { useQuery } from '@tanstack/react-query'
import { Alert, Skeleton, Typography } from 'antd'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import type { MapSeriesOption } from 'echarts/charts'
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { useTranslation } from 'react-i18next'
import { QueryError } from '@/components/query-error'
import { useFormats } from '@/lib/use-formats'
import type { AreaValue } from '../api/get-dashboard'
import { joinMapData, loadMapShapes, type MapLevel } from '../utils/map-data'
import { prefersReducedMotion } from '../utils/motion'
import { echarts } from './echarts'

type MapOption = ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption>

interface PovertyMapProps {
  /** The dashboard's unit: the map's name in ECharts is made of it. */
  areaCode: string
  level: MapLevel
  values: readonly AreaValue[]
  year: number | null
  /** Opens a unit's dashboard when the user clicks it (a province officer drilling into a commune). */
  onOpen?: (code: string) => void
}

/**
 * The poverty rate per commune of a province, or per province of the country, coloured from light
 * to dark red; units without figures are grey. The outlines load on demand.
 */
export function PovertyMap({ areaCode, level, values, year, onOpen }: PovertyMapProps) {
  const { t } = useTranslation()
  const formats = useFormats()
  const shapes = useQuery({
    queryKey: ['map-shapes', level],
    queryFn: () => loadMapShapes(level),
    staleTime: Infinity,
    gcTime: Infinity,
  })
  if (shapes.isError) return <QueryError error={shapes.error} onRetry={() => void shapes.refetch()} />
  if (!shapes.data) return <Skeleton.Node active style={{ width: '100%', height: 420 }} />

  const joined = joinMapData(shapes.data, values, level)
  if (joined.shapes.features.length === 0) {
    return <Alert type="info" showIcon title={t('dashboard.map.noShapes')} />
  }
  const byCode = new Map(joined.data.map((datum) => [datum.name, datum]))
  const mapName = `giamngheo-${level}-${areaCode}`
  echarts.registerMap(mapName, joined.shapes as unknown as Parameters<typeof echarts.registerMap>[1])

  const option: MapOption = {
    tooltip: {
      trigger: 'item',
      formatter: (param) => {
        const datum = byCode.get((param as { name?: string }).name ?? '')
        if (!datum) return ''
        if (datum.value === null) return `<b>${datum.areaName}</b><br/>${t('dashboard.map.noData')}`
        return [
          `<b>${datum.areaName}</b>`,
          `${t('dashboard.field.poorRate')}: ${formats.rate(datum.value)}`,
          `${t('dashboard.field.poor')}: ${formats.number(datum.poor)} / ${formats.number(datum.households)}`,
        ].join('<br/>')
      },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: joined.max,
      left: 8,
      bottom: 8,
      calculable: false,
      text: [formats.rate(joined.max), formats.rate(0)],
      inRange: { color: ['#fff1f0', '#ffa39e', '#f5222d', '#820014'] },
    },
    series: [
      {
        type: 'map',
        map: mapName,
        nameProperty: 'code',
        roam: true,
        selectedMode: false,
        // Vietnam lies around 16° N: a degree of longitude is cos(16°) ≈ 0.96 of a degree of latitude.
        aspectScale: 0.96,
        layoutCenter: ['55%', '50%'],
        layoutSize: '95%',
        itemStyle: { areaColor: '#f0f0f0', borderColor: '#8c8c8c', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#fadb14' } },
        // ECharts writes a missing value as '-' (drawn with the grey area colour).
        data: joined.data.map((datum) => ({ name: datum.name, value: datum.value ?? '-' })),
      },
    ],
  }
  return (
    <div data-testid="poverty-map">
      <div role="img" aria-label={t('dashboard.map.title')}>
        <ReactEChartsCore
          echarts={echarts}
          option={{ ...option, animation: !prefersReducedMotion() }}
          notMerge
          style={{ height: 460 }}
          opts={{ renderer: 'svg' }}
          onEvents={
            onOpen && {
              click: (param: { name?: string }) => {
                const datum = byCode.get(param.name ?? '')
                if (datum && datum.value !== null) onOpen(datum.name)
              },
            }
          }
        />
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        {year !== null && t('dashboard.map.year', { year })} {onOpen && t('dashboard.map.clickHint')}
      </Typography.Paragraph>
      {joined.unmatched.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
          {t('dashboard.map.unmatched', { list: joined.unmatched.map((value) => value.name).join(', ') })}
        </Typography.Paragraph>
      )}
    </div>
  )
}
