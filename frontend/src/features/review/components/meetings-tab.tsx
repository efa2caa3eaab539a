import { DownloadOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { QueryError } from '@/components/query-error'
import { errorMessage } from '@/lib/error-message'
import { formatDate } from '@/lib/format'
import { useDownloadMinutes } from '../api/download-minutes'
import { isCollecting, type Campaign } from '../api/get-campaign'
import { useMeetings, type Meeting } from '../api/list-meetings'
import { MeetingForm } from './meeting-form'

/** The village meetings held, and for officers the form to record one. */
export function MeetingsTab({ campaign, canRecord }: { campaign: Campaign; canRecord: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const meetings = useMeetings(campaign.id)
  const minutes = useDownloadMinutes()
  const waiting = campaign.states.SURVEYED ?? 0

  const columns: TableColumnsType<Meeting> = [
    { title: t('review.meeting.village'), key: 'village', render: (_, meeting) => meeting.villageName ?? t('review.village.none') },
    { title: t('review.meeting.heldOn'), key: 'heldOn', width: 120, render: (_, meeting) => formatDate(meeting.heldOn) },
    { title: t('review.meeting.chair'), dataIndex: 'chair' },
    { title: t('review.meeting.attendees'), dataIndex: 'attendees', width: 120, align: 'right' },
    { title: t('review.meeting.agreeing'), dataIndex: 'agreeing', width: 120, align: 'right' },
    {
      title: t('review.meeting.result'),
      key: 'passed',
      width: 120,
      render: (_, meeting) =>
        meeting.passed ? <Tag color="green">{t('review.meeting.passed')}</Tag> : <Tag color="red">{t('review.meeting.failed')}</Tag>,
    },
    { title: t('review.meeting.households'), dataIndex: 'households', width: 90, align: 'right' },
    {
      title: t('review.meeting.minutesColumn'),
      key: 'minutes',
      render: (_, meeting) =>
        meeting.minutesName ? (
          <Button
            size="small"
            icon={<DownloadOutlined />}
            onClick={() =>
              minutes.mutate(
                { campaignId: campaign.id, meetingId: meeting.id, name: meeting.minutesName },
                { onError: (error) => void message.error(errorMessage(error, t)) },
              )
            }
          >
            {meeting.minutesName}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('review.none')}</Typography.Text>
        ),
    },
  ]

  return (
    <Flex vertical gap={16}>
      {canRecord && isCollecting(campaign) && (
        <Card title={t('review.meeting.record')} size="small">
          <Typography.Paragraph type="secondary">
            {waiting > 0 ? t('review.meeting.waiting', { count: waiting }) : t('review.meeting.nobodyWaiting')}
          </Typography.Paragraph>
          <MeetingForm key={campaign.villages.map((village) => village.villageId).join()} campaign={campaign} />
        </Card>
      )}
      {meetings.isError ? (
        <QueryError error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : (
        <Table<Meeting>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={meetings.data ?? []}
          loading={meetings.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('review.meetings.empty') }}
          data-testid="meeting-table"
        />
      )}
    </Flex>
  )
}
