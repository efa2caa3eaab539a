import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ClassificationResult } from '@/components/classification-result'
import { HouseholdClassTag } from '@/components/household-class-tag'
import { QueryError } from '@/components/query-error'
import { factLabelKey } from '@/lib/fact-codes'
import { formatDate, formatDateTime, formatMoney } from '@/lib/format'
import { useRecords, type HouseholdRecord } from '../api/list-records'

interface HouseholdRecordsProps {
  householdId: string
  /** Whether the user may add a record (see canWriteRecords; the household must be open). */
  canAdd: boolean
}

function RecordDetails({ record }: { record: HouseholdRecord }) {
  const { t } = useTranslation()
  const none = t('household.record.none')
  const label = (kind: 'povertyCause' | 'supportNeed', code: string) => {
    const key = factLabelKey(kind, code)
    return key ? t(key) : code
  }
  const causes = record.causes.map((cause) => label('povertyCause', cause))
  const needs = record.needs.map((need) => label('supportNeed', need))
  return (
    <Flex vertical gap={16} style={{ padding: '8px 0' }}>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'surveyDate', label: t('household.record.surveyDate'), children: formatDate(record.surveyDate) },
          { key: 'reviewer', label: t('household.record.reviewer'), children: record.reviewer ?? '' },
          { key: 'areaType', label: t('household.record.areaType'), children: t(`area.areaType.${record.areaType}`) },
          {
            key: 'income',
            label:
              record.monthlyIncomePerCapita !== null ? t('household.record.income') : t('household.record.scoreA'),
            children:
              record.monthlyIncomePerCapita !== null ? formatMoney(record.monthlyIncomePerCapita) : (record.scoreA ?? ''),
          },
          { key: 'causes', label: t('household.record.causes'), children: causes.join(', ') || none },
          { key: 'needs', label: t('household.record.needs'), children: needs.join(', ') || none },
          ...(record.correctionReason
            ? [{ key: 'correction', label: t('household.record.correctionReason'), children: record.correctionReason }]
            : []),
          {
            key: 'created',
            label: t('household.record.created'),
            children: t('household.record.createdValue', { by: record.createdBy, at: formatDateTime(record.createdAt) }),
          },
        ]}
      />
      <ClassificationResult result={record.explanation} />
    </Flex>
  )
}

/**
 * The class of each year, newest first, replaced records after their year's current one; a row
 * opens to the survey and the classification with its reasons, grouped by dimension.
 */
export function HouseholdRecords({ householdId, canAdd }: HouseholdRecordsProps) {
  const { t } = useTranslation()
  const records = useRecords(householdId)

  const columns: TableColumnsType<HouseholdRecord> = [
    { title: t('household.record.surveyYear'), dataIndex: 'surveyYear', width: 110 },
    {
      title: t('household.field.classification'),
      key: 'classification',
      render: (_, record) => <HouseholdClassTag value={record.classification} />,
    },
    { title: t('household.record.scoreB'), dataIndex: 'scoreB', width: 90, align: 'right' },
    {
      title: t('household.field.deprivedCount'),
      key: 'deprived',
      width: 160,
      align: 'right',
      render: (_, record) => record.deprivedIndicators.length,
    },
    { title: t('household.record.standard'), dataIndex: 'standardCode' },
    {
      title: t('household.record.surveyDate'),
      key: 'surveyDate',
      render: (_, record) => formatDate(record.surveyDate),
    },
    {
      title: t('household.field.status'),
      key: 'status',
      render: (_, record) => (
        <Space size={4} wrap>
          {record.current ? (
            <Tag color="green">{t('household.records.current')}</Tag>
          ) : (
            <Tag>{t('household.records.replaced')}</Tag>
          )}
          {record.locked && <Tag color="gold">{t('household.records.locked')}</Tag>}
        </Space>
      ),
    },
  ]

  return (
    <Card
      title={t('household.detail.records')}
      extra={
        canAdd && (
          <Link to={`/households/${householdId}/records/new`}>
            <Button type="primary" icon={<PlusOutlined />}>
              {t('household.records.add')}
            </Button>
          </Link>
        )
      }
    >
      {records.isError ? (
        <QueryError error={records.error} onRetry={() => void records.refetch()} />
      ) : (
        <Table<HouseholdRecord>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={records.data ?? []}
          loading={records.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(record) => ({ style: record.current ? undefined : { opacity: 0.65 } })}
          expandable={{ expandedRowRender: (record) => <RecordDetails record={record} /> }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('household.records.empty')}</Typography.Text> }}
          data-testid="household-records"
        />
      )}
    </Card>
  )
}
