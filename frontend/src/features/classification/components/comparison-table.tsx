import { Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { useLocalized } from '@/lib/i18n/use-localized'
import { useIndicatorNames } from '@/lib/indicator-names'
import type { Classification } from '../api/classify-household'
import type { StandardDefinition } from '../utils/form-model'

const ASPECTS = ['class', 'scoreB', 'deprived', 'incomeBasis', 'undetermined'] as const
type Aspect = (typeof ASPECTS)[number]

function IndicatorNameList({ definition, codes }: { definition: StandardDefinition | undefined; codes: string[] }) {
  const { t } = useTranslation()
  const names = useIndicatorNames(definition)
  if (codes.length === 0) return <Typography.Text type="secondary">{t('classification.compare.none')}</Typography.Text>
  return (
    <>
      {codes.map((code) => (
        <Tag key={code} style={{ marginBottom: 4 }}>
          {names.indicator(code)}
        </Tag>
      ))}
    </>
  )
}

interface ComparisonTableProps {
  results: Classification[]
  definitions: Readonly<Record<string, StandardDefinition | undefined>>
}

/** The same household under several standards, one column per standard. */
export function ComparisonTable({ results, definitions }: ComparisonTableProps) {
  const { t } = useTranslation()
  const localized = useLocalized()

  const cell = (result: Classification, aspect: Aspect): ReactNode => {
    const definition = definitions[result.standardCode]
    switch (aspect) {
      case 'class':
        return <HouseholdClassTag value={result.classification} />
      case 'scoreB':
        return t('classification.compare.scoreBValue', { score: result.scoreB, count: result.deprivationCount })
      case 'deprived':
        return <IndicatorNameList definition={definition} codes={result.deprivedIndicators} />
      case 'incomeBasis':
        return t(`classification.incomeBasis.${result.incomeBasis}`)
      case 'undetermined':
        return <IndicatorNameList definition={definition} codes={result.undeterminedIndicators} />
    }
  }

  const columns: TableColumnsType<{ key: Aspect }> = [
    {
      title: '',
      key: 'aspect',
      width: 170,
      fixed: 'left',
      render: (_, row) => <Typography.Text strong>{t(`classification.compare.aspect.${row.key}`)}</Typography.Text>,
    },
    ...results.map((result) => {
      const definition = definitions[result.standardCode]
      return {
        key: result.standardCode,
        width: 260,
        title: (
          <>
            {result.standardCode}
            <br />
            <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
              {definition ? localized(definition.name, definition.nameEn) : result.standardName}
            </Typography.Text>
          </>
        ),
        render: (_: unknown, row: { key: Aspect }) => cell(result, row.key),
      }
    }),
  ]

  return (
    <Table<{ key: Aspect }>
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={ASPECTS.map((key) => ({ key }))}
      scroll={{ x: 'max-content' }}
      data-testid="comparison-table"
    />
  )
}
