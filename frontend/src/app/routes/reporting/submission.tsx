import { Skeleton } from 'antd'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { QueryError } from '@/components/query-error'
import { useSubmission } from '@/features/reporting/api/get-submission'
import { useObligations } from '@/features/reporting/api/list-obligations'
import { SubmissionDetail } from '@/features/reporting/components/submission-detail'
import { ReportingPage } from './reporting-page'
import { canReadTimeliness, submissionPermissions, timelinessPath } from './reporting-scope'

/**
 * /reporting/submissions/:id: one report of a unit (404 outside what the user sees); the owing
 * unit sends it, the recipient returns, accepts or reopens it.
 */
export function SubmissionRoute() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const submission = useSubmission(id)
  const obligations = useObligations()
  const title = submission.data ? `${submission.data.obligationTitle} – ${submission.data.periodLabel}` : t('reporting.detail.title')
  return (
    <ReportingPage title={title} crumbs={[{ title: t('reporting.title'), to: '/reporting' }, { title: submission.data?.periodLabel ?? '…' }]}>
      {(user) => {
        if (submission.isError) return <QueryError error={submission.error} onRetry={() => void submission.refetch()} />
        if (!submission.data || obligations.isPending) return <Skeleton active />
        const obligation = obligations.data?.find((candidate) => candidate.code === submission.data.obligationCode)
        const permissions = submissionPermissions(user, submission.data, obligation)
        const area = user.national && obligation?.recipientLevel === 'MINISTRY' ? undefined : submission.data.provinceCode
        return (
          <SubmissionDetail
            key={submission.data.id}
            submission={submission.data}
            {...permissions}
            timelinessHref={
              canReadTimeliness(user) ? timelinessPath(submission.data.obligationCode, submission.data.periodStart, area) : undefined
            }
          />
        )
      }}
    </ReportingPage>
  )
}
