import { DownloadOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons'
import { App, Button, Card, Descriptions, Form, Input, Typography, Upload, type UploadFile } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { ProblemAlert } from '@/components/problem-alert'
import { formatDate, formatDateTime } from '@/lib/format'
import { useDownloadCommitment } from '../api/download-commitment'
import type { Plan } from '../api/get-plan'
import { useRecordCommitment } from '../api/record-commitment'
import { isoDate } from '../utils/period'
import { readBase64 } from '@/lib/read-file'
import { useFormFailure } from '../utils/use-form-failure'
import { PastDateItem } from './past-date-item'

const SIGNATORIES_MAX_LENGTH = 1000
/** The API takes at most 1 MB per request; the file travels base64-encoded (4/3 of its size). */
const FILE_MAX_BYTES = 700 * 1024
const FILE_TYPES = '.pdf,application/pdf,image/png,image/jpeg'

interface CommitmentValues {
  signedOn?: Dayjs
  signatories?: string
  file?: UploadFile[]
}

function CommitmentForm({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<CommitmentValues>()
  const record = useRecordCommitment()
  const { failure, fail, clear } = useFormFailure(form, ['signedOn', 'signatories', 'file', 'fileName'], {
    'support.date_in_future': 'signedOn',
  })

  const submit = async (values: CommitmentValues) => {
    clear()
    if (!values.signedOn) return
    try {
      const file = values.file?.[0]?.originFileObj
      await record.mutateAsync({
        planId: plan.id,
        body: {
          signedOn: isoDate(values.signedOn),
          signatories: values.signatories?.trim() ?? '',
          ...(file ? { file: await readBase64(file), fileName: file.name.slice(0, 200) } : {}),
        },
      })
      void message.success(t('support.commitment.done'))
    } catch (error) {
      fail(error)
    }
  }

  return (
    <Form<CommitmentValues>
      form={form}
      name="support-commitment"
      layout="vertical"
      initialValues={{ signedOn: dayjs() }}
      onFinish={(values) => void submit(values)}
      disabled={record.isPending}
      data-testid="commitment-form"
    >
      <ProblemAlert failure={failure} />
      <Typography.Paragraph type="secondary">{t('support.commitment.hint')}</Typography.Paragraph>
      <PastDateItem name="signedOn" label={t('support.commitment.signedOn')} />
      <Form.Item
        name="signatories"
        label={t('support.commitment.signatories')}
        rules={[
          { required: true, whitespace: true, message: t('support.commitment.signatoriesRequired') },
          { max: SIGNATORIES_MAX_LENGTH, message: t('support.invalid.tooLong', { max: SIGNATORIES_MAX_LENGTH }) },
        ]}
      >
        <Input.TextArea rows={2} placeholder={t('support.commitment.signatoriesPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="file"
        label={t('support.commitment.file')}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
        rules={[
          {
            validator: async (_, files: UploadFile[] | undefined) => {
              const size = files?.[0]?.originFileObj?.size ?? 0
              if (size > FILE_MAX_BYTES) {
                throw new Error(t('support.commitment.fileTooLarge', { max: Math.round(FILE_MAX_BYTES / 1024) }))
              }
            },
          },
        ]}
      >
        <Upload accept={FILE_TYPES} beforeUpload={() => false} maxCount={1}>
          <Button icon={<UploadOutlined />}>{t('support.commitment.filePick')}</Button>
        </Upload>
      </Form.Item>
      <Button type="primary" icon={<SaveOutlined />} loading={record.isPending} onClick={() => form.submit()}>
        {t('support.commitment.save')}
      </Button>
    </Form>
  )
}

/**
 * The signed commitment (bản cam kết) between the agency and the household, which comes before any
 * delivery: its date, signatories and scanned file; or the form to record it.
 */
export function CommitmentPanel({ plan, canWrite }: { plan: Plan; canWrite: boolean }) {
  const { t } = useTranslation()
  const download = useDownloadCommitment()
  const commitment = plan.commitment
  return (
    <Card title={t('support.commitment.title')} data-testid="commitment">
      {commitment ? (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'signedOn', label: t('support.commitment.signedOn'), children: formatDate(commitment.signedOn) },
            { key: 'signatories', label: t('support.commitment.signatories'), children: commitment.signatories },
            {
              key: 'recorded',
              label: t('support.recorded'),
              children: t('support.recordedValue', { by: commitment.recordedBy, at: formatDateTime(commitment.recordedAt) }),
            },
            {
              key: 'file',
              label: t('support.commitment.file'),
              children: commitment.hasFile ? (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  loading={download.isPending}
                  onClick={() => download.mutate({ planId: plan.id, name: commitment.fileName })}
                >
                  {commitment.fileName || t('support.commitment.download')}
                </Button>
              ) : (
                t('support.commitment.noFile')
              ),
            },
          ]}
        />
      ) : canWrite ? (
        <CommitmentForm plan={plan} />
      ) : (
        <Typography.Text type="secondary">{t('support.commitment.none')}</Typography.Text>
      )}
      {download.isError && <ProblemAlert failure={{ error: download.error }} />}
    </Card>
  )
}
