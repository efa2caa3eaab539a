import { Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatDate } from '@/lib/format'
import { useFormats } from '@/lib/use-formats'
import type { DeadlineStatus } from '../api/get-dashboard'
import { byDueDate, deadlineSegments, deadlineState, type DeadlineState } from '../utils/deadlines'

const STATE_COLORS: Record<DeadlineState, string> = {
  COMPLETE: 'green',
  LATE: 'orange',
  PENDING: 'blue',
  MISSING: 'red',
}

/** The units' reports of a period as one bar: on time, late, not yet due, missing. */
function StackedBar({ deadline }: { deadline: DeadlineStatus }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const segments = deadlineSegments(deadline).filter((segment) => segment.count > 0)
  const total = Math.max(1, deadline.expected)
  return (
    <Tooltip
      title={segments.map((segment) => (
        <div key={segment.key}>{t(`dashboard.deadline.${segment.key}`, { count: segment.count })}</div>
      ))}
    >
      <Flex
        style={{ width: '100%', minWidth: 120, height: 14, borderRadius: 4, overflow: 'hidden', background: '#f5f5f5' }}
        aria-label={segments.map((segment) => t(`dashboard.deadline.${segment.key}`, { count: segment.count })).join(', ')}
        role="img"
      >
        {segments.map((segment) => (
          <div
            key={segment.key}
            data-segment={segment.key}
            style={{ width: `${(segment.count / total) * 100}%`, background: segment.color }}
          />
        ))}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="deadline-counts">
        {t('dashboard.deadline.counts', {
          submitted: formats.number(deadline.submitted),
          expected: formats.number(deadline.expected),
          onTime: formats.number(deadline.onTime),
          late: formats.number(deadline.late),
          missing: formats.number(deadline.missing),
        })}
      </Typography.Text>
    </Tooltip>
  )
}

interface DeadlineCalendarProps {
  deadlines: readonly DeadlineStatus[]
  /** Where the timeliness of an obligation's period is shown, if the user may open it. */
  timelinessHref?: (deadline: DeadlineStatus) => string | undefined
}

/** Each reporting obligation's latest period: its due date and how many units sent on time, late, or not at all. */
export function DeadlineCalendar({ deadlines, timelinessHref }: DeadlineCalendarProps) {
  const { t } = useTranslation()
  const columns: TableColumnsType<DeadlineStatus> = [
    {
      title: t('dashboard.deadline.obligation'),
      key: 'title',
      render: (_, deadline) => {
        const href = timelinessHref?.(deadline)
        return href ? <Link to={href}>{deadline.title}</Link> : deadline.title
      },
    },
    { title: t('dashboard.deadline.period'), dataIndex: 'periodLabel', width: 80 },
    { title: t('dashboard.deadline.dueOn'), key: 'dueOn', width: 100, render: (_, deadline) => formatDate(deadline.dueOn) },
    { title: t('dashboard.deadline.progress'), key: 'bar', width: 220, render: (_, deadline) => <StackedBar deadline={deadline} /> },
    {
      title: t('dashboard.deadline.state'),
      key: 'state',
      width: 130,
      render: (_, deadline) => {
        const state = deadlineState(deadline)
        return (
          <Tag color={STATE_COLORS[state]} data-state={state}>
            {t(`dashboard.deadline.state.${state}`)}
          </Tag>
        )
      },
    },
  ]
  return (
    <Table<DeadlineStatus>
      data-testid="deadline-calendar"
      size="small"
      rowKey={(deadline) => `${deadline.obligationCode}-${deadline.periodLabel}`}
      columns={columns}
      dataSource={byDueDate(deadlines)}
      pagination={false}
      locale={{ emptyText: t('dashboard.deadline.none') }}
    />
  )
}
