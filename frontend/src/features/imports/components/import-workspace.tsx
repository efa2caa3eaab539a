import { Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportJob } from '../api/get-import'
import { ImportHistory } from './import-history'
import { ImportJobView } from './import-job'
import { ImportTemplates } from './import-templates'
import { ImportUpload } from './import-upload'

interface ImportWorkspaceProps {
  /** The commune or province imported for; without it (a national user who has not chosen) only an open import shows. */
  areaCode?: string
  /** The import open on the page. */
  jobId?: string
  /** Whether the user may download templates and upload for the area. */
  canUpload: boolean
  /** Whether the user may commit and cancel imports (their jurisdiction's only are served). */
  canCommit: boolean
  jobPath: (id: string) => string
  onUploaded: (job: ImportJob) => void
}

/**
 * "Nhập dữ liệu": templates and the upload for the area, the import open on the page, and the area's earlier
 * imports.
 */
export function ImportWorkspace({ areaCode, jobId, canUpload, canCommit, jobPath, onUploaded }: ImportWorkspaceProps) {
  const { t } = useTranslation()
  return (
    <>
      {areaCode && canUpload && (
        <Card
          title={t('imports.upload.title')}
          extra={<ImportTemplates areaCode={areaCode} />}
          style={{ marginBottom: 16 }}
        >
          <ImportUpload areaCode={areaCode} onUploaded={onUploaded} />
        </Card>
      )}
      {jobId && <ImportJobView key={jobId} id={jobId} canWrite={canCommit} />}
      {areaCode ? (
        <Card title={t('imports.history.title')}>
          <ImportHistory areaCode={areaCode} selectedId={jobId} jobPath={jobPath} />
        </Card>
      ) : (
        !jobId && (
          <Flex justify="center" style={{ padding: 24 }}>
            <Typography.Text type="secondary">{t('imports.chooseArea')}</Typography.Text>
          </Flex>
        )
      )}
    </>
  )
}
