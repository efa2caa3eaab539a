import { Alert, Card, Descriptions, Flex, Statistic, Table, Tag, Typography, theme, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Schemas } from '@/lib/api-client'
import { formatDate } from '@/lib/format'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useIndicatorNames } from '@/lib/indicator-names'
import { HouseholdClassTag } from './household-class-tag'

type Classification = Schemas['ClassificationView']
type IndicatorOutcome = Schemas['IndicatorOutcome']
type IndicatorSource = Schemas['IndicatorSource']
type StandardDefinition = Schemas['StandardDefinition']

const SOURCE_COLORS: Record<IndicatorSource, string> = { DERIVED: 'blue', GIVEN: 'purple', UNKNOWN: 'default' }

export function IndicatorSourceTag({ source }: { source: IndicatorSource }) {
  const { t } = useTranslation()
  return <Tag color={SOURCE_COLORS[source]}>{t(`classification.source.${source}`)}</Tag>
}

interface Row {
  key: string
  dimension: string
  /** Rows the dimension cell spans (0 on the rows below its first). */
  span: number
  outcome: IndicatorOutcome
}

interface ClassificationResultProps {
  result: Classification
  /**
   * The definition of the standard applied: order and names of its dimensions and indicators.
   * Without it, the names the result carries are shown.
   */
  definition?: StandardDefinition
  /** Card title; "Kết quả phân loại" by default. */
  title?: ReactNode
}

/**
 * The class of the household and why: score B, deprivations, income basis, the standard applied,
 * every indicator by dimension with its source, the explanations and the subgroups.
 */
export function ClassificationResult({ result, definition, title }: ClassificationResultProps) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const localized = useLocalized()
  const definitionNames = useIndicatorNames(definition)
  const outcome = (code: string) => result.indicators.find((candidate) => candidate.code === code)
  const names = {
    indicator: (code: string) => {
      const name = definitionNames.indicator(code)
      const known = outcome(code)
      return name === code && known ? localized(known.name, known.nameEn) || code : name
    },
    dimension: (code: string) => {
      const name = definitionNames.dimension(code)
      const known = result.indicators.find((candidate) => candidate.dimension === code)
      return name === code && known ? localized(known.dimensionName, known.dimensionNameEn) || code : name
    },
  }

  const dimensionOrder = [
    ...(definition?.dimensions ?? []).flatMap((dimension) => (dimension.code ? [dimension.code] : [])),
    ...result.indicators.map((outcome) => outcome.dimension),
  ].filter((code, index, codes) => codes.indexOf(code) === index)
  const rows: Row[] = dimensionOrder.flatMap((dimension) => {
    const outcomes = result.indicators.filter((outcome) => outcome.dimension === dimension)
    return outcomes.map((outcome, index) => ({
      key: outcome.code,
      dimension,
      span: index === 0 ? outcomes.length : 0,
      outcome,
    }))
  })

  const columns: TableColumnsType<Row> = [
    {
      title: t('classification.result.dimension'),
      key: 'dimension',
      width: 170,
      // Only the indicator's own cells are highlighted, not the dimension cell it spans with others.
      onCell: (row) => ({ rowSpan: row.span, style: { background: token.colorBgContainer } }),
      render: (_, row) => <Typography.Text strong>{names.dimension(row.dimension)}</Typography.Text>,
    },
    {
      title: t('classification.result.indicator'),
      key: 'indicator',
      render: (_, row) => names.indicator(row.outcome.code),
    },
    {
      title: t('classification.result.outcome'),
      key: 'outcome',
      width: 140,
      render: (_, row) =>
        row.outcome.deprived ? (
          <Tag color="red">{t('classification.result.deprived')}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('classification.result.notDeprived')}</Typography.Text>
        ),
    },
    {
      title: t('classification.result.source'),
      key: 'source',
      width: 150,
      render: (_, row) => <IndicatorSourceTag source={row.outcome.source} />,
    },
  ]

  const standardName = definition ? localized(definition.name, definition.nameEn) : result.standardName
  const subgroup = (value: boolean | null) =>
    value === null ? (
      <Typography.Text type="secondary">{t('classification.unknown')}</Typography.Text>
    ) : (
      t(value ? 'common.yes' : 'common.no')
    )

  return (
    <Card title={title ?? t('classification.result.title')} data-testid="classification-result">
      <Flex vertical gap={16}>
        <Flex align="center" gap={16} wrap>
          <span data-testid="household-class">
            <HouseholdClassTag value={result.classification} large />
          </span>
          <Typography.Text type="secondary">
            {t('classification.result.standard', { code: result.standardCode, name: standardName })}
          </Typography.Text>
        </Flex>
        <Flex gap={32} wrap>
          <Statistic title={t('classification.result.scoreB')} value={result.scoreB} />
          <Statistic title={t('classification.result.deprivationCount')} value={result.deprivationCount} />
          <Statistic
            title={t('classification.result.incomeBasis')}
            value={t(`classification.incomeBasis.${result.incomeBasis}`)}
            styles={{ content: { fontSize: 18 } }}
          />
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            { key: 'year', label: t('classification.field.year'), children: result.year },
            {
              key: 'referenceDate',
              label: t('classification.result.referenceDate'),
              children: formatDate(result.referenceDate),
            },
          ]}
        />
        {result.undeterminedIndicators.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('classification.result.undetermined', { count: result.undeterminedIndicators.length })}
            description={result.undeterminedIndicators.map((code) => names.indicator(code)).join(', ')}
            data-testid="undetermined"
          />
        )}
        <Table<Row>
          size="small"
          bordered
          pagination={false}
          columns={columns}
          dataSource={rows}
          onRow={(row) => ({ style: row.outcome.deprived ? { background: token.colorErrorBg } : undefined })}
          scroll={{ x: 'max-content' }}
          data-testid="indicator-outcomes"
        />
        <div>
          <Typography.Title level={5}>{t('classification.result.explanations')}</Typography.Title>
          {result.explanations.length === 0 ? (
            <Typography.Text type="secondary">{t('classification.result.noDeprivation')}</Typography.Text>
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {result.explanations.map((explanation, index) => (
                <li key={`${explanation.indicator}-${index}`} data-testid="explanation" style={{ marginBottom: 4 }}>
                  <Typography.Text strong>{names.indicator(explanation.indicator)}: </Typography.Text>
                  {localized(explanation.text, explanation.textEn)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <Descriptions
          title={t('classification.result.subgroups')}
          size="small"
          column={1}
          bordered
          items={[
            {
              key: 'noLabourCapacity',
              label: t('classification.subgroup.noLabourCapacity'),
              children: subgroup(result.subgroups.noLabourCapacity),
            },
            {
              key: 'meritoriousMember',
              label: t('classification.subgroup.meritoriousMember'),
              children: subgroup(result.subgroups.meritoriousMember),
            },
            {
              key: 'ethnicMinority',
              label: t('classification.subgroup.ethnicMinority'),
              children: subgroup(result.subgroups.ethnicMinority),
            },
          ]}
        />
      </Flex>
    </Card>
  )
}
