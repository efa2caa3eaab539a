import { CheckOutlined, RollbackOutlined, SendOutlined, UnlockOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Space } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { errorMessage } from '@/lib/error-message'
import { formatDate } from '@/lib/format'
import { useAcceptSubmission } from '../api/accept-submission'
import type { Submission } from '../api/list-submissions'
import { submissionActions } from '../utils/actions'
import { ReopenSubmissionModal, ReturnSubmissionModal, SubmitReportModal } from './submission-modals'
import { SubmissionStateTag } from './submission-state-tag'
import { VersionHistory } from './version-history'

type Dialog = 'submit' | 'return' | 'reopen'

interface SubmissionDetailProps {
  submission: Submission
  /** Whether the user's unit owes it (see canSubmitReport). */
  canSubmit: boolean
  /** Whether the user receives it (see canReceiveReport). */
  canReceive: boolean
  /** The timeliness of the same obligation and period across units, if the user may open it. */
  timelinessHref?: string
}

/**
 * One expected report: its period and dates, where it stands, what the user may do with it (send
 * with a narrative; return with a reason, accept, reopen) and every version sent with its frozen figures.
 */
export function SubmissionDetail({ submission, canSubmit, canReceive, timelinessHref }: SubmissionDetailProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [dialog, setDialog] = useState<Dialog>()
  const [sentVersions] = useState(submission.versions)
  const accept = useAcceptSubmission()
  const actions = submissionActions(submission, { canSubmit, canReceive, today: dayjs().format('YYYY-MM-DD') })
  const justSent = submission.versions > sentVersions
  const close = () => setDialog(undefined)

  return (
    <div data-testid="submission-detail">
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('reporting.field.obligation')}>{submission.obligationTitle}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.field.unit')}>{submission.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.field.period')}>
            {t('reporting.field.periodValue', {
              label: submission.periodLabel,
              start: formatDate(submission.periodStart),
              end: formatDate(submission.periodEnd),
            })}
          </Descriptions.Item>
          <Descriptions.Item label={t('reporting.field.state')}>
            <SubmissionStateTag state={submission.state} />
          </Descriptions.Item>
          <Descriptions.Item label={t('reporting.field.opensOn')}>{formatDate(submission.opensOn)}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.field.dueOn')}>{formatDate(submission.dueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('reporting.field.locksOn')}>{formatDate(submission.locksOn)}</Descriptions.Item>
          {submission.reopenedUntil && (
            <Descriptions.Item label={t('reporting.field.reopenedUntil')}>{formatDate(submission.reopenedUntil)}</Descriptions.Item>
          )}
          {submission.firstSubmittedOn && (
            <Descriptions.Item label={t('reporting.field.submittedOn')}>{formatDate(submission.firstSubmittedOn)}</Descriptions.Item>
          )}
          {submission.submittedBy && (
            <Descriptions.Item label={t('reporting.field.submittedBy')}>{submission.submittedBy}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('reporting.field.versions')}>{submission.versions}</Descriptions.Item>
        </Descriptions>
        {submission.state === 'RETURNED' && submission.returnedReason && (
          <Alert
            type="warning"
            showIcon
            title={t('reporting.detail.returned')}
            description={submission.returnedReason}
            style={{ marginTop: 12 }}
            data-testid="returned-reason"
          />
        )}
        {actions.locked && canSubmit && (
          <Alert type="error" showIcon title={t('reporting.detail.locked', { date: formatDate(submission.locksOn) })} style={{ marginTop: 12 }} />
        )}
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          {actions.submit && (
            <Button type="primary" icon={<SendOutlined />} onClick={() => setDialog('submit')}>
              {submission.state === 'RETURNED' ? t('reporting.detail.resubmit') : t('reporting.detail.submit')}
            </Button>
          )}
          {actions.decide && (
            <Space>
              <Popconfirm
                title={t('reporting.accept.confirm')}
                okText={t('reporting.accept.ok')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  accept.mutateAsync(submission.id).then(
                    () => void message.success(t('reporting.accept.done')),
                    (error: unknown) => void message.error(errorMessage(error, t)),
                  )
                }
              >
                <Button type="primary" icon={<CheckOutlined />} loading={accept.isPending}>
                  {t('reporting.detail.accept')}
                </Button>
              </Popconfirm>
              <Button icon={<RollbackOutlined />} onClick={() => setDialog('return')}>
                {t('reporting.detail.return')}
              </Button>
            </Space>
          )}
          {actions.reopen && (
            <Button icon={<UnlockOutlined />} onClick={() => setDialog('reopen')}>
              {t('reporting.detail.reopen')}
            </Button>
          )}
          {timelinessHref && (
            <Link to={timelinessHref} style={{ marginInlineStart: 'auto', alignSelf: 'center' }}>
              {t('reporting.detail.timeliness')}
            </Link>
          )}
        </Flex>
      </Card>
      {justSent && (
        <Alert type="success" showIcon title={t('reporting.detail.frozen')} style={{ marginBottom: 16 }} data-testid="just-sent" />
      )}
      <Card size="small" title={t('reporting.history.title')}>
        <VersionHistory versions={submission.history} />
      </Card>
      {dialog === 'submit' && <SubmitReportModal open onClose={close} submission={submission} />}
      {dialog === 'return' && <ReturnSubmissionModal open onClose={close} submission={submission} />}
      {dialog === 'reopen' && <ReopenSubmissionModal open onClose={close} submission={submission} />}
    </div>
  )
}
