import { Flex, Progress, Typography, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import { useFormats } from '@/lib/use-formats'
import type { ImportJob } from '../api/get-import'
import { isRunning } from '../utils/phases'

/**
 * A running job's progress: the phase, a bar of the share done (moving while the share is unknown, before
 * the file's rows are counted), the rows done of the total, the rate and the time left.
 */
export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation()
  const format = useFormats()
  const { token } = theme.useToken()
  const known = job.progress !== null
  const percent = known ? Math.floor((job.progress ?? 0) * 1000) / 10 : 100
  const eta = job.etaSeconds
  return (
    <div data-testid="import-progress">
      <Flex justify="space-between" wrap gap={8}>
        <Typography.Text strong data-testid="import-progress-phase">
          {t(`imports.phase.${job.phase}`)}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="import-progress-rows">
          {job.rowsTotal === null
            ? t('imports.progress.rowsDone', { done: format.number(job.rowsDone) })
            : t('imports.progress.rows', { done: format.number(job.rowsDone), total: format.number(job.rowsTotal) })}
        </Typography.Text>
      </Flex>
      <Progress
        percent={percent}
        status={isRunning(job.phase) ? 'active' : undefined}
        showInfo={known}
        format={() => format.share(job.progress)}
        strokeColor={known ? undefined : token.colorPrimaryBorder}
        aria-label={t('imports.progress.label')}
        // An unknown share has no value (the bar only moves), so assistive technology reads it as busy.
        aria-valuenow={known ? percent : undefined}
        aria-busy={isRunning(job.phase)}
        data-indeterminate={known ? undefined : 'true'}
      />
      <Flex gap={16} wrap>
        {job.rowsPerSecond !== null && (
          <Typography.Text type="secondary" data-testid="import-progress-rate">
            {t('imports.progress.rate', { rate: format.number(job.rowsPerSecond, 1) })}
          </Typography.Text>
        )}
        {eta !== null && (
          <Typography.Text type="secondary" data-testid="import-progress-eta">
            {eta < 60
              ? t('imports.progress.etaSeconds', { seconds: eta })
              : t('imports.progress.etaMinutes', { minutes: Math.floor(eta / 60), seconds: eta % 60 })}
          </Typography.Text>
        )}
        {!known && (
          <Typography.Text type="secondary">{t('imports.progress.counting')}</Typography.Text>
        )}
      </Flex>
    </div>
  )
}
