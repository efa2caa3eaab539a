import { Collapse, Empty, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime } from '@/lib/format'
import type { SubmissionVersion } from '../api/get-submission'
import { FrozenFigures } from './frozen-figures'

/** Every version sent, newest first (open): who sent it when, the narrative and the figures frozen with it. */
export function VersionHistory({ versions }: { versions: readonly SubmissionVersion[] }) {
  const { t } = useTranslation()
  if (versions.length === 0) return <Empty description={t('reporting.history.none')} />
  return (
    <Collapse
      data-testid="version-history"
      defaultActiveKey={[String(versions[0].number)]}
      items={versions.map((version) => ({
        key: String(version.number),
        label: t('reporting.history.version', {
          number: version.number,
          on: formatDate(version.submittedOn),
          by: version.submittedBy,
        }),
        children: (
          <>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('reporting.history.sentAt', { at: formatDateTime(version.submittedAt) })}
              {version.attachmentName && ` · ${t('reporting.history.attachment', { name: version.attachmentName })}`}
            </Typography.Paragraph>
            <Typography.Title level={5}>{t('reporting.history.narrative')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="version-narrative">
              {version.narrative || <Typography.Text type="secondary">{t('reporting.history.noNarrative')}</Typography.Text>}
            </Typography.Paragraph>
            <Typography.Title level={5}>{t('reporting.history.figures')}</Typography.Title>
            <FrozenFigures figures={version.figures} />
          </>
        ),
      }))}
    />
  )
}
