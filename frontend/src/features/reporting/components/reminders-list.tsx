import { BellOutlined } from '@ant-design/icons'
import { Alert, List, Skeleton, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QueryError } from '@/components/query-error'
import { formatDate } from '@/lib/format'
import { useMyReminders } from '../api/list-reminders'
import { SubmissionStateTag } from './submission-state-tag'

/** The reminders the user's units got about reports they still owe, soonest due first. */
export function RemindersList() {
  const { t } = useTranslation()
  const reminders = useMyReminders()
  if (reminders.isError) return <QueryError error={reminders.error} onRetry={() => void reminders.refetch()} />
  if (!reminders.data) return <Skeleton active paragraph={{ rows: 2 }} />
  if (reminders.data.length === 0) return <Alert type="success" showIcon title={t('reporting.reminders.none')} />
  return (
    <List
      data-testid="reminders"
      size="small"
      dataSource={reminders.data}
      renderItem={(reminder) => (
        <List.Item
          key={`${reminder.submissionId}-${reminder.offsetDays}`}
          extra={<SubmissionStateTag state={reminder.state} />}
        >
          <List.Item.Meta
            avatar={<BellOutlined style={{ color: reminder.state === 'OVERDUE' ? '#cf1322' : '#1677ff' }} />}
            title={<Link to={`/reporting/submissions/${reminder.submissionId}`}>{reminder.obligationTitle}</Link>}
            description={
              <Typography.Text type="secondary">
                {t('reporting.reminders.line', {
                  unit: reminder.unitName,
                  period: reminder.periodLabel,
                  due: formatDate(reminder.dueOn),
                  sent: formatDate(reminder.sentOn),
                })}
              </Typography.Text>
            }
          />
        </List.Item>
      )}
    />
  )
}
