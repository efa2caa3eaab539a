import { Alert, Table, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryError } from '@/components/query-error'
import { useGaps, type Gap } from '../api/list-gaps'
import { ItemStateTag } from './review-tags'

/**
 * The households still without a result or a recorded reason, each with the step it waits for,
 * under a warning: nobody may be left out, and the chairman cannot decide while one remains.
 */
export function GapsList({ campaignId, count }: { campaignId: string; count: number }) {
  const { t } = useTranslation()
  const gaps = useGaps(campaignId, { enabled: count > 0 })
  if (count === 0) {
    return <Alert type="success" showIcon title={t('review.gaps.none')} data-testid="gaps" />
  }

  const columns: TableColumnsType<Gap> = [
    {
      title: t('review.item.field.householdCode'),
      dataIndex: 'householdCode',
      width: 140,
      render: (_, gap) => <Link to={`/reviews/${campaignId}/items/${gap.itemId}`}>{gap.householdCode}</Link>,
    },
    { title: t('review.item.field.head'), key: 'head', render: (_, gap) => gap.headName ?? '' },
    {
      title: t('review.meeting.village'),
      key: 'village',
      render: (_, gap) => gap.villageName ?? t('review.village.none'),
    },
    { title: t('review.item.field.state'), key: 'state', width: 200, render: (_, gap) => <ItemStateTag state={gap.state} /> },
    {
      title: t('review.gaps.waitsFor'),
      key: 'waitsFor',
      width: 200,
      render: (_, gap) => <Typography.Text strong>{t(`review.step.${gap.waitsFor}`)}</Typography.Text>,
    },
  ]

  return (
    <Alert
      type="warning"
      showIcon
      data-testid="gaps"
      title={t('review.gaps.title', { count })}
      description={
        <>
          <Typography.Paragraph>{t('review.gaps.warning')}</Typography.Paragraph>
          {gaps.isError ? (
            <QueryError error={gaps.error} onRetry={() => void gaps.refetch()} />
          ) : (
            <Table<Gap>
              rowKey="itemId"
              size="small"
              columns={columns}
              dataSource={gaps.data ?? []}
              loading={gaps.isPending}
              pagination={(gaps.data?.length ?? 0) > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              data-testid="gaps-table"
            />
          )}
        </>
      }
    />
  )
}
