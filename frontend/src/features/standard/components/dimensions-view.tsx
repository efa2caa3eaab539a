import { Card, Checkbox, Flex, Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLocalized } from '@/lib/i18n/use-localized'
import type { Dimension, Indicator } from '../api/get-standard'
import type { IndicatorType } from '../api/list-indicator-types'
import { orderedParameters } from '../utils/parameters'
import { ParameterEditor } from './parameter-editor'
import { ParameterValue } from './parameter-value'
import { ProvisionalTag } from './standard-tags'

export interface IndicatorsEditing {
  onParameterChange: (dimensionIndex: number, indicatorIndex: number, name: string, value: unknown) => void
  onProvisionalChange: (dimensionIndex: number, indicatorIndex: number, provisional: boolean) => void
  /** Whether the indicator may change (any in a draft, only provisional ones once published). */
  isEditable: (indicatorCode: string) => boolean
}

interface DimensionsViewProps {
  dimensions: Dimension[] | undefined
  /** The indicator catalogue: parameter types and descriptions. */
  catalogue: IndicatorType[]
  /** Present in edit mode. */
  editing?: IndicatorsEditing
}

interface Row {
  key: string
  index: number
  indicator: Indicator
}

/** The dimensions of a standard, each with its indicators and their thresholds. */
export function DimensionsView({ dimensions = [], catalogue, editing }: DimensionsViewProps) {
  const { t } = useTranslation()
  const localized = useLocalized()

  const parametersCell = (dimensionIndex: number, row: Row) => {
    const type = catalogue.find((entry) => entry.code === row.indicator.code)
    const parameters = orderedParameters(row.indicator.parameters, type?.parameters ?? [])
    if (parameters.length === 0) return <Typography.Text type="secondary">—</Typography.Text>
    const editable = editing?.isEditable(row.indicator.code ?? '') ?? false
    return (
      <Flex vertical gap={6}>
        {parameters.map(({ name, spec, value }) => {
          const description = spec ? localized(spec.description, spec.descriptionEn) : name
          return (
            <div key={name} data-parameter={name}>
              <Typography.Text type="secondary">{description}: </Typography.Text>
              {editing ? (
                <ParameterEditor
                  spec={spec}
                  value={value}
                  label={`${localized(row.indicator.name, row.indicator.nameEn)}: ${description}`}
                  disabled={!editable}
                  onChange={(next) => editing.onParameterChange(dimensionIndex, row.index, name, next)}
                />
              ) : (
                <ParameterValue spec={spec} value={value} />
              )}
            </div>
          )
        })}
      </Flex>
    )
  }

  const columns = (dimensionIndex: number): TableColumnsType<Row> => [
    { title: t('standard.indicator.code'), key: 'code', width: 200, render: (_, row) => row.indicator.code },
    {
      title: t('standard.indicator.name'),
      key: 'name',
      width: 280,
      render: (_, row) => {
        const name = localized(row.indicator.name, row.indicator.nameEn)
        if (!editing) {
          return (
            <>
              {name} {row.indicator.provisional && <ProvisionalTag />}
            </>
          )
        }
        return (
          <Flex vertical gap={4}>
            {name}
            <Checkbox
              checked={row.indicator.provisional === true}
              disabled={!editing.isEditable(row.indicator.code ?? '')}
              onChange={(event) => editing.onProvisionalChange(dimensionIndex, row.index, event.target.checked)}
            >
              {t('standard.provisional')}
            </Checkbox>
          </Flex>
        )
      },
    },
    {
      title: t('standard.indicator.parameters'),
      key: 'parameters',
      render: (_, row) => parametersCell(dimensionIndex, row),
    },
  ]

  return (
    <Flex vertical gap={16}>
      {dimensions.map((dimension, dimensionIndex) => (
        <Card
          key={dimension.code ?? dimensionIndex}
          size="small"
          title={localized(dimension.name, dimension.nameEn)}
          extra={<Typography.Text type="secondary">{dimension.code}</Typography.Text>}
          data-dimension={dimension.code}
        >
          <Table<Row>
            size="small"
            pagination={false}
            columns={columns(dimensionIndex)}
            dataSource={(dimension.indicators ?? []).map((indicator, index) => ({
              key: indicator.code ?? String(index),
              index,
              indicator,
            }))}
          />
        </Card>
      ))}
    </Flex>
  )
}
