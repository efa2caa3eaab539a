import { Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryError } from '@/components/query-error'
import { formatMoney } from '@/lib/format'
import { useLocalized } from '@/lib/i18n/use-localized'
import { AREA_TYPES, useStandards, type StandardSummary } from '../api/list-standards'
import { RuleFamilyLabel, StandardStatusTag } from './standard-tags'

/** Every poverty standard, newest first: years, status, rule, poverty lines, indicator count. */
export function StandardList() {
  const { t } = useTranslation()
  const localized = useLocalized()
  const standards = useStandards()

  const columns: TableColumnsType<StandardSummary> = [
    {
      title: t('standard.field.code'),
      dataIndex: 'code',
      width: 150,
      render: (_, standard) => <Link to={`/standards/${standard.code}`}>{standard.code}</Link>,
    },
    {
      title: t('standard.field.name'),
      dataIndex: 'name',
      render: (_, standard) => (
        <>
          {localized(standard.name, standard.nameEn)}
          <br />
          <Typography.Text type="secondary">{standard.legalReference}</Typography.Text>
        </>
      ),
    },
    {
      title: t('standard.field.years'),
      key: 'years',
      width: 120,
      render: (_, standard) => t('standard.years', { from: standard.yearFrom, to: standard.yearTo }),
    },
    {
      title: t('standard.field.status'),
      dataIndex: 'status',
      width: 140,
      render: (_, standard) => <StandardStatusTag status={standard.status} />,
    },
    {
      title: t('standard.field.ruleFamily'),
      dataIndex: 'ruleFamily',
      width: 220,
      render: (_, standard) => <RuleFamilyLabel ruleFamily={standard.ruleFamily} />,
    },
    {
      title: t('standard.field.povertyLines'),
      key: 'lines',
      width: 240,
      render: (_, standard) =>
        AREA_TYPES.filter((areaType) => standard.lines[areaType]).map((areaType) => {
          const line = standard.lines[areaType]?.povertyLine
          return (
            <div key={areaType}>
              <Typography.Text type="secondary">{t(`area.areaType.${areaType}`)}: </Typography.Text>
              {line == null ? '—' : formatMoney(line)}
            </div>
          )
        }),
    },
    {
      title: t('standard.field.indicatorCount'),
      dataIndex: 'indicatorCount',
      width: 110,
      align: 'right',
    },
  ]

  if (standards.isError) return <QueryError error={standards.error} onRetry={() => void standards.refetch()} />

  return (
    <Table<StandardSummary>
      rowKey="code"
      size="middle"
      columns={columns}
      dataSource={standards.data ?? []}
      loading={standards.isPending}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('standard.list.empty') }}
    />
  )
}
