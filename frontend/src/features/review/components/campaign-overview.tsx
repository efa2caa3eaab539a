import { CalendarOutlined } from '@ant-design/icons'
import { Button, Card, Col, Descriptions, Flex, Row, Space, Statistic, Steps, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '@/lib/format'
import type { Campaign, StepDeadline, VillageProgress } from '../api/get-campaign'
import { ITEM_STATES } from '../api/list-items'
import { campaignPeriod } from '../utils/period'
import { DeadlinesModal } from './deadlines-modal'
import { CampaignStatusTag, ItemStateTag, LateFlag } from './review-tags'

function stepStatus(deadline: StepDeadline, current: boolean): 'finish' | 'error' | 'process' | 'wait' {
  if (deadline.done) return 'finish'
  if (deadline.late) return 'error'
  return current ? 'process' : 'wait'
}

/** The steps in order with their due dates: done, the one under way, late ones flagged in red. */
export function CampaignDeadlines({ deadlines }: { deadlines: readonly StepDeadline[] }) {
  const { t } = useTranslation()
  const current = deadlines.findIndex((deadline) => !deadline.done)
  return (
    <Steps
      size="small"
      current={current < 0 ? deadlines.length : current}
      data-testid="campaign-deadlines"
      items={deadlines.map((deadline, index) => ({
        title: t(`review.step.${deadline.step}`),
        status: stepStatus(deadline, index === current),
        content: (
          <Flex vertical gap={4} align="start" data-testid={`deadline-${deadline.step}`}>
            <span>{t('review.deadline.due', { date: formatDate(deadline.due) })}</span>
            {deadline.done && <Tag color="green">{t('review.deadline.done')}</Tag>}
            {deadline.late && <LateFlag />}
          </Flex>
        ),
      }))}
    />
  )
}

/** How many households stand in each state (the states with none are left out). */
function StateCounts({ states }: { states: Campaign['states'] }) {
  const { t } = useTranslation()
  const total = Object.values(states).reduce((sum, count) => sum + count, 0)
  return (
    <Flex gap={24} wrap data-testid="state-counts">
      <Statistic title={t('review.board.total')} value={total} />
      {ITEM_STATES.filter((state) => (states[state] ?? 0) > 0).map((state) => (
        <Statistic key={state} title={<ItemStateTag state={state} />} value={states[state]} data-state={state} />
      ))}
    </Flex>
  )
}

/** Each village's households per state and whether its last meeting passed. */
function VillageTable({ villages }: { villages: readonly VillageProgress[] }) {
  const { t } = useTranslation()
  const columns: TableColumnsType<VillageProgress> = [
    {
      title: t('review.meeting.village'),
      key: 'village',
      width: 200,
      render: (_, village) => village.villageName ?? t('review.village.none'),
    },
    {
      title: t('review.board.states'),
      key: 'states',
      render: (_, village) => (
        <Space size={[4, 4]} wrap>
          {ITEM_STATES.filter((state) => (village.states[state] ?? 0) > 0).map((state) => (
            <span key={state}>
              <ItemStateTag state={state} />
              {village.states[state]}
            </span>
          ))}
        </Space>
      ),
    },
    {
      title: t('review.village.lastMeeting'),
      key: 'meeting',
      width: 150,
      render: (_, village) =>
        village.lastMeetingPassed === null ? (
          <Typography.Text type="secondary">{t('review.village.noMeeting')}</Typography.Text>
        ) : village.lastMeetingPassed ? (
          <Tag color="green">{t('review.meeting.passed')}</Tag>
        ) : (
          <Tag color="red">{t('review.meeting.failed')}</Tag>
        ),
    },
  ]
  return (
    <Table<VillageProgress>
      rowKey={(village) => village.villageId ?? 'none'}
      size="small"
      columns={columns}
      dataSource={[...villages]}
      pagination={false}
      locale={{ emptyText: t('review.items.empty') }}
      data-testid="village-progress"
    />
  )
}

/**
 * The head of the board: what the campaign is and where it stands (status, window, due dates with
 * late steps, households per state and per village, opinion and decision).
 */
export function CampaignOverview({ campaign, canSetDeadlines = false }: { campaign: Campaign; canSetDeadlines?: boolean }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState(false)
  return (
    <Flex vertical gap={16}>
      <Card
        title={campaignPeriod(campaign, t)}
        extra={<CampaignStatusTag status={campaign.status} />}
        data-testid="campaign-overview"
      >
        <Descriptions
          size="small"
          column={{ xs: 1, lg: 2 }}
          items={[
            { key: 'commune', label: t('review.field.commune'), children: campaign.communeName },
            { key: 'kind', label: t('review.field.kind'), children: t(`review.kind.${campaign.kind}`) },
            {
              key: 'window',
              label: t('review.field.window'),
              children: t('review.field.windowValue', { from: formatDate(campaign.opensOn), to: formatDate(campaign.closesOn) }),
            },
            {
              key: 'durations',
              label: t('review.field.durations'),
              children: t('review.field.durationsValue', { posting: campaign.postingDays, recheck: campaign.recheckDays }),
            },
            {
              key: 'postingEndsOn',
              label: t('review.board.postingEndsOn'),
              children: campaign.postingEndsOn ? formatDate(campaign.postingEndsOn) : t('review.none'),
            },
            {
              key: 'opinion',
              label: t('review.board.opinion'),
              children: campaign.opinionOn
                ? t('review.opinion.given', { date: formatDate(campaign.opinionOn), by: campaign.opinionBy ?? '' })
                : t('review.opinion.missing'),
            },
            {
              key: 'decision',
              label: t('review.board.decision'),
              children: campaign.decisionNumber
                ? t('review.decision.decided', {
                    number: campaign.decisionNumber,
                    date: formatDate(campaign.decisionOn),
                    by: campaign.decidedBy ?? '',
                  })
                : t('review.none'),
            },
          ]}
        />
      </Card>
      <Card
        title={t('review.board.deadlines')}
        size="small"
        extra={
          canSetDeadlines &&
          campaign.status !== 'DECIDED' && (
            <Button size="small" icon={<CalendarOutlined />} onClick={() => setEditing(true)}>
              {t('review.deadlines.action')}
            </Button>
          )
        }
      >
        <CampaignDeadlines deadlines={campaign.deadlines} />
      </Card>
      {canSetDeadlines && <DeadlinesModal open={editing} onClose={() => setEditing(false)} campaign={campaign} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('review.board.states')} size="small" style={{ height: '100%' }}>
            <StateCounts states={campaign.states} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('review.board.villages')} size="small" style={{ height: '100%' }}>
            <VillageTable villages={campaign.villages} />
          </Card>
        </Col>
      </Row>
    </Flex>
  )
}
