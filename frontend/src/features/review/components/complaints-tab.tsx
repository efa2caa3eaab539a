import { PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryError } from '@/components/query-error'
import { formatDate } from '@/lib/format'
import type { Campaign } from '../api/get-campaign'
import { useComplaints, type Complaint } from '../api/list-complaints'
import { ReceiveComplaintModal, ResolveComplaintModal } from './complaint-modals'
import { LateFlag } from './review-tags'

/**
 * The complaints about posted results with their re-check's due date (a red flag once late), and
 * for officers receiving and resolving them.
 */
export function ComplaintsTab({ campaign, canHandle }: { campaign: Campaign; canHandle: boolean }) {
  const { t } = useTranslation()
  const complaints = useComplaints(campaign.id)
  const [receiving, setReceiving] = useState(false)
  const [resolving, setResolving] = useState<Complaint>()
  const [resolveOpen, setResolveOpen] = useState(false)
  const writable = canHandle && campaign.status !== 'DECIDED'

  const columns: TableColumnsType<Complaint> = [
    {
      title: t('review.item.field.householdCode'),
      key: 'household',
      width: 130,
      render: (_, complaint) => <Link to={`/reviews/${campaign.id}/items/${complaint.itemId}`}>{complaint.householdCode}</Link>,
    },
    { title: t('review.complaint.complainant'), dataIndex: 'complainant' },
    { title: t('review.complaint.kind'), key: 'kind', render: (_, complaint) => t(`review.complaintKind.${complaint.kind}`) },
    { title: t('review.complaint.content'), key: 'content', render: (_, complaint) => complaint.content ?? '' },
    { title: t('review.complaint.receivedOn'), key: 'receivedOn', width: 120, render: (_, complaint) => formatDate(complaint.receivedOn) },
    {
      title: t('review.complaint.recheckDue'),
      key: 'recheckDue',
      width: 170,
      render: (_, complaint) => (
        <Space size={4} data-testid="recheck-due">
          {formatDate(complaint.recheckDue)}
          {complaint.late && <LateFlag />}
        </Space>
      ),
    },
    {
      title: t('review.complaint.outcome'),
      key: 'outcome',
      render: (_, complaint) =>
        complaint.outcome ? (
          <Flex vertical align="start">
            <Tag color={complaint.outcome === 'UPHELD' ? 'orange' : 'default'}>{t(`review.complaintOutcome.${complaint.outcome}`)}</Tag>
            <Typography.Text type="secondary">
              {formatDate(complaint.resolvedOn)}
              {complaint.resolution ? `: ${complaint.resolution}` : ''}
            </Typography.Text>
          </Flex>
        ) : writable ? (
          <Button
            size="small"
            onClick={() => {
              setResolving(complaint)
              setResolveOpen(true)
            }}
          >
            {t('review.complaint.resolve')}
          </Button>
        ) : (
          <Tag color="blue">{t('review.complaint.pending')}</Tag>
        ),
    },
  ]

  return (
    <Flex vertical gap={16}>
      {writable && (
        <Flex justify="end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setReceiving(true)}>
            {t('review.complaint.receive')}
          </Button>
        </Flex>
      )}
      {complaints.isError ? (
        <QueryError error={complaints.error} onRetry={() => void complaints.refetch()} />
      ) : (
        <Table<Complaint>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={complaints.data ?? []}
          loading={complaints.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('review.complaints.empty') }}
          data-testid="complaint-table"
        />
      )}
      {writable && (
        <ReceiveComplaintModal
          open={receiving}
          onClose={() => setReceiving(false)}
          campaignId={campaign.id}
          recheckDays={campaign.recheckDays}
        />
      )}
      {writable && resolving && (
        <ResolveComplaintModal
          open={resolveOpen}
          onClose={() => setResolveOpen(false)}
          campaignId={campaign.id}
          complaint={resolving}
        />
      )}
    </Flex>
  )
}
