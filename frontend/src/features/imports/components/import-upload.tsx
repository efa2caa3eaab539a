import { InboxOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Flex, Radio, Typography, Upload, type UploadFile } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ProblemAlert, type Failure } from '@/components/problem-alert'
import type { ImportJob, ImportMode } from '../api/get-import'
import { useUploadImport } from '../api/upload-import'

const MODES = ['PER_HOUSEHOLD', 'ALL_OR_NOTHING'] as const satisfies readonly ImportMode[]

interface ImportUploadProps {
  /** The commune or province the file is for. */
  areaCode: string
  onUploaded: (job: ImportJob) => void
}

/** One Excel (.xlsx) or CSV file, how its households are to be committed, and "Tải lên". */
export function ImportUpload({ areaCode, onUploaded }: ImportUploadProps) {
  const { t } = useTranslation()
  const upload = useUploadImport()
  const [files, setFiles] = useState<UploadFile[]>([])
  const [mode, setMode] = useState<ImportMode>('PER_HOUSEHOLD')
  const [failure, setFailure] = useState<Failure>()
  const file = files[0]?.originFileObj

  const send = () => {
    if (!file) return
    setFailure(undefined)
    upload.mutate(
      { file, areaCode, mode },
      {
        onSuccess: (job) => {
          setFiles([])
          onUploaded(job)
        },
        onError: (error: unknown) => setFailure({ error }),
      },
    )
  }

  return (
    <div data-testid="import-upload">
      <ProblemAlert failure={failure} />
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        maxCount={1}
        fileList={files}
        beforeUpload={() => false}
        onChange={({ fileList }) => {
          setFailure(undefined)
          setFiles(fileList.slice(-1))
        }}
        data-testid="import-dragger"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.upload.drop')}</p>
        <p className="ant-upload-hint">{t('imports.upload.hint')}</p>
      </Upload.Dragger>
      <Flex gap={12} wrap align="center" style={{ marginTop: 12 }}>
        <Typography.Text>{t('imports.upload.mode')}</Typography.Text>
        <Radio.Group
          aria-label={t('imports.upload.mode')}
          value={mode}
          onChange={(event) => setMode(event.target.value as ImportMode)}
          options={MODES.map((value) => ({ value, label: t(`imports.mode.${value}`) }))}
        />
        <Button
          type="primary"
          icon={<UploadOutlined />}
          disabled={!file}
          loading={upload.isPending}
          onClick={send}
          style={{ marginInlineStart: 'auto' }}
        >
          {t('imports.upload.button')}
        </Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t(`imports.mode.${mode}.hint`)}
      </Typography.Paragraph>
    </div>
  )
}
